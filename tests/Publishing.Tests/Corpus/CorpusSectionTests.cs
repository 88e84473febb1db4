using System.Collections.Concurrent;
using Publishing.Reading;
using Publishing.Reading.Model;
using Xunit.Abstractions;

namespace Publishing.Tests.Corpus;

/// <summary>
/// Structural checks of the sections read from every ILACS report: the headline, and "What needs to improve"
/// wherever the report has that heading (an outstanding council may have none), each item clean and whole.
/// </summary>
public class CorpusSectionTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void ReadAll_IlacsReports_HaveHeadlineAndCleanImprovementItems()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var rows = CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv")).Where(r => r.Framework == "ILACS").ToList();
        var reader = new ReportReader(CorpusReads.Unhurried);
        var problems = new ConcurrentBag<string>();
        var itemCount = 0;
        CorpusReads.ForEach(rows, reader, problems, (row, path, report) =>
        {
            if (report.Headline.Count == 0) problems.Add($"{row.File}: no headline paragraphs");
            if (report.Headline.Any(p => p.Value.Contains("Judgement Grade", StringComparison.Ordinal))) problems.Add($"{row.File}: the table leaked into the headline");
            var hasHeading = HasImprovementHeading(path);
            if (hasHeading && report.WhatNeedsToImprove.Count == 0) problems.Add($"{row.File}: 'What needs to improve' heading but no items");
            if (!hasHeading && report.WhatNeedsToImprove.Count > 0) problems.Add($"{row.File}: items without a 'What needs to improve' heading");
            foreach (var item in report.WhatNeedsToImprove)
            {
                Interlocked.Increment(ref itemCount);
                // Items are verbatim, so some start in lower case (Wakefield 2018 prints its list as the end of a sentence).
                if (item.Value.Length < 15 || !char.IsLetter(item.Value[0]) || item.Value.Contains('•'))
                    problems.Add($"{row.File}: item '{item.Value}' is not a clean, whole item");
                if (item.Page < 1 || item.Page > report.PageCount) problems.Add($"{row.File}: item without a valid page");
            }
            if (report.WhatNeedsToImprove.Count > 12) problems.Add($"{row.File}: {report.WhatNeedsToImprove.Count} items (a section ran on)");
        });
        var summary = $"ILACS reports: {rows.Count}, improvement items read: {itemCount}, problems: {problems.Count}";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (var problem in problems.Order(StringComparer.Ordinal)) output.WriteLine(problem);
        Assert.Empty(problems);
    }

    // Independent of the reader's section logic: PdfPig's own page text.
    private static bool HasImprovementHeading(string path)
    {
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(path);
        return pdf.GetPages().Take(4).Any(p => p.Text.Contains("What needs to improve", StringComparison.OrdinalIgnoreCase));
    }
}
