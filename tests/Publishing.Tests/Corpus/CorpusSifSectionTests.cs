using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Publishing.Reading;
using Publishing.Reading.Model;
using Xunit.Abstractions;

namespace Publishing.Tests.Corpus;

/// <summary>
/// Structural checks of the SIF-era sections over every SIF and SIF re-inspection report: where the PDF's own text
/// (PdfPig, not the reader) has the local authority's strengths or "Progress since the last inspection", the reader
/// returns that section's items, each clean and whole and printed on the page it cites; where the text names the
/// previous inspection and its grade, the reader states it; and every report has its summary paragraphs.
/// </summary>
public partial class CorpusSifSectionTests(ITestOutputHelper output)
{
    private static readonly string[] Headings =
    [
        "Summary for children and young people", "Progress since the last inspection", "What does the local authority need to improve",
        "Information about this local authority area", "The local authority’s strengths", "Other Ofsted inspections",
        "Previous Ofsted inspections", "Other information about this area",
    ];

    [SkippableFact]
    public void ReadAll_SifReports_ReturnCleanStrengthsProgressAndPreviousOutcome()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var rows = CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv")).Where(r => r.Framework.StartsWith("SIF", StringComparison.Ordinal)).ToList();
        var reader = new ReportReader(CorpusReads.Unhurried);
        var problems = new ConcurrentBag<string>();
        var tallies = new ConcurrentDictionary<string, EraTally>();
        CorpusReads.ForEach(rows, reader, problems, (row, path, report) =>
        {
            var text = SifPdfText.Open(path);
            var tally = tallies.GetOrAdd(row.Era, _ => new EraTally());
            tally.Count(report, text.Matches(StrengthsHeading()), text.Matches(ProgressHeading()), text.Matches(PreviousOutcome()));

            if (report.Headline.Count == 0) problems.Add($"{row.File}: no summary paragraphs");
            CheckSection(row.File, "strengths", report.Strengths, text.Matches(StrengthsHeading()), text, report.PageCount, problems);
            CheckSection(row.File, "progress", report.ProgressSinceLastInspection, text.Matches(ProgressHeading()), text, report.PageCount, problems);
            CheckPrevious(row.File, report.PreviousInspection, text.Matches(PreviousOutcome()), text, problems);
        }, maxDegreeOfParallelism: 2);

        var lines = new List<string> { $"{"era",-20} {"reports",7} {"strengths: heading",18} {"items",6} {"progress: heading",17} {"items",6} {"previous: stated",16} {"read",5}" };
        foreach (var (era, t) in tallies.OrderBy(t => t.Key, StringComparer.Ordinal))
            lines.Add($"{era,-20} {t.Reports,7} {t.StrengthsHeadings,18} {t.StrengthsItems,6} {t.ProgressHeadings,17} {t.ProgressItems,6} {t.PreviousStated,16} {t.PreviousRead,5}");
        lines.Add($"problems: {problems.Count}");
        lines.AddRange(problems.Order(StringComparer.Ordinal));
        foreach (var line in lines)
        {
            output.WriteLine(line);
            Console.WriteLine(line);
        }
        Assert.Equal(59, rows.Count);
        Assert.Empty(problems);
    }

    private static void CheckSection(string file, string name, IReadOnlyList<Sourced<string>> items, bool hasHeading, SifPdfText text, int pageCount, ConcurrentBag<string> problems)
    {
        if (hasHeading && items.Count == 0) problems.Add($"{file}: {name} heading but no items");
        if (!hasHeading && items.Count > 0) problems.Add($"{file}: {name} items without the heading");
        if (items.Count > 40) problems.Add($"{file}: {items.Count} {name} items (the section ran on)");
        foreach (var item in items)
        {
            var value = item.Value;
            if (item.Page < 1 || item.Page > pageCount) problems.Add($"{file}: {name} item without a valid page ({item.Page})");
            else if (!text.Prints(value[..Math.Min(60, value.Length)], item.Page) || !text.Prints(value[Math.Max(0, value.Length - 40)..], item.Page))
                problems.Add($"{file}: {name} item '{Clip(value)}' is not printed from page {item.Page} on (run-in text or a wrong page)");
            // Verbatim, so an item may open with a quotation mark ("‘Making a difference everywhere’ groups ...").
            if (value.Length is < 20 or > 3000 || !(char.IsLetterOrDigit(value[0]) || value[0] is '‘' or '“'))
                problems.Add($"{file}: {name} item '{Clip(value)}' is not a whole item");
            if (Glyph().IsMatch(value)) problems.Add($"{file}: {name} item '{Clip(value)}' keeps a list glyph");
            if (Furniture().IsMatch(value)) problems.Add($"{file}: {name} item '{Clip(value)}' includes page furniture or a footnote");
            foreach (var heading in Headings.Where(h => value.Contains(h, StringComparison.Ordinal)))
                problems.Add($"{file}: {name} item runs on into the heading '{heading}'");
        }
    }

    private static void CheckPrevious(string file, Sourced<string>? previous, bool stated, SifPdfText text, ConcurrentBag<string> problems)
    {
        if (stated && previous is null) problems.Add($"{file}: the report states its previous inspection's outcome, the reader has none");
        if (previous is null) return;
        if (!GradeWord().IsMatch(previous.Value)) problems.Add($"{file}: previous inspection '{Clip(previous.Value)}' names no grade");
        if (Glyph().IsMatch(previous.Value)) problems.Add($"{file}: previous inspection keeps a list glyph");
        if (previous.Page < 1 || previous.Page > text.PageCount || !text.Prints(previous.Value[..Math.Min(60, previous.Value.Length)], previous.Page))
            problems.Add($"{file}: previous inspection '{Clip(previous.Value)}' is not printed on page {previous.Page}");
    }

    private static string Clip(string value) => value.Length > 90 ? value[..90] + "…" : value;

    private sealed class EraTally
    {
        private int _reports, _strengthsHeadings, _strengthsItems, _progressHeadings, _progressItems, _previousStated, _previousRead;
        public int Reports => _reports;
        public int StrengthsHeadings => _strengthsHeadings;
        public int StrengthsItems => _strengthsItems;
        public int ProgressHeadings => _progressHeadings;
        public int ProgressItems => _progressItems;
        public int PreviousStated => _previousStated;
        public int PreviousRead => _previousRead;

        public void Count(InspectionReport report, bool strengthsHeading, bool progressHeading, bool previousStated)
        {
            Interlocked.Increment(ref _reports);
            if (strengthsHeading) Interlocked.Increment(ref _strengthsHeadings);
            if (progressHeading) Interlocked.Increment(ref _progressHeadings);
            if (previousStated) Interlocked.Increment(ref _previousStated);
            if (report.PreviousInspection is not null) Interlocked.Increment(ref _previousRead);
            Interlocked.Add(ref _strengthsItems, report.Strengths.Count);
            Interlocked.Add(ref _progressItems, report.ProgressSinceLastInspection.Count);
        }
    }

    // Squashed PdfPig text: the heading followed by its first item's number (or, in the contents, its page number).
    [GeneratedRegex(@"Thelocalauthority['’]sstrengths\d|Thelocalauthorityhasthefollowingstrengths:?\d")]
    private static partial Regex StrengthsHeading();

    [GeneratedRegex(@"Progresssincethelastinspection\d")]
    private static partial Regex ProgressHeading();

    // "The previous inspection of X's safeguarding arrangements was in July 2012. The local authority was judged to be inadequate."
    [GeneratedRegex(@"(?:previous|last)(?:Ofsted|single)?inspection(?:report)?(?:of|for)[^.]{0,250}\.[^.]{0,80}?(?:inadequate|adequate|good|outstanding|requiresimprovement)", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousOutcome();

    [GeneratedRegex(@"\b(?:inadequate|adequate|good|outstanding|requires? improvement)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GradeWord();

    [GeneratedRegex(@"[•\uF000-\uF0FF▪■●◼−]")]
    private static partial Regex Glyph();

    [GeneratedRegex(@"www\.|©|Ofsted produces this report|This report includes the report of|given the opportunity to review this section|residential special schools that look after children")]
    private static partial Regex Furniture();
}
