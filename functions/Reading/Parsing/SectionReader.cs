using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>Reads a titled section as paragraphs or list items, verbatim, each with its page.</summary>
internal sealed partial class SectionReader
{
    // Footnotes: set at most 90% of the body size, in the bottom quarter of the page, a paragraph gap below the text.
    private const double FootnoteSizeRatio = 0.9;
    private const double FootOfPage = 0.75;
    private const double FootnoteGapPitches = 1.5;

    private readonly LayoutDocument _document;
    private readonly HashSet<string> _runningLines;
    private readonly double _bodyFontSize;
    // Each section's search runs over the same lines: their matching forms are made once, by page and line.
    private readonly Dictionary<LayoutPage, string?[]> _matchTexts = new(ReferenceEqualityComparer.Instance);

    public SectionReader(LayoutDocument document)
    {
        _document = document;
        // Running headers and footers repeat on many pages; they are not part of any section.
        _runningLines = document.Pages
            .SelectMany(p => p.Lines.Take(2).Concat(p.Lines.TakeLast(2)).Select(RunningKey).Distinct())
            .GroupBy(t => t).Where(g => g.Count() >= 3).Select(g => g.Key).ToHashSet();
        // The size most lines are set in; 0 for the text form, which has no sizes.
        _bodyFontSize = document.Pages.SelectMany(p => p.Lines).Where(l => l.FontSize > 0)
            .GroupBy(l => Math.Round(l.FontSize * 2) / 2).MaxBy(g => g.Count())?.Key ?? 0;
    }

    public IReadOnlyList<Sourced<string>> ItemsAfter(Regex heading, Regex? stop = null, int maxItems = 40)
    {
        var lines = LinesAfter(heading, stop);
        return lines.Count == 0 ? [] : SectionItems.Split(lines, asList: true).Take(maxItems).ToList();
    }

    public IReadOnlyList<Sourced<string>> ParagraphsAfter(Regex heading, Regex? stop = null, int maxParagraphs = 12)
    {
        var lines = LinesAfter(heading, stop);
        return lines.Count == 0 ? [] : SectionItems.Split(lines, asList: false).Take(maxParagraphs).ToList();
    }

    public IReadOnlyList<Sourced<string>> ParagraphsBetween(int page, double afterTop, Regex? stop = null, int maxParagraphs = 8)
    {
        var lines = Collect(page, afterTop, stop ?? NextHeading());
        return SectionItems.Split(lines, asList: false).Take(maxParagraphs).ToList();
    }

    // The first heading line (not a contents entry, not running text that begins with the heading's words).
    private List<SectionLine> LinesAfter(Regex heading, Regex? stop)
    {
        foreach (var page in _document.Pages)
        {
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var line = page.Lines[i];
                if (!heading.IsMatch(MatchText(page, i))) continue;
                if (IsContentsEntry(line) || !HeadingLines.IsHeading(page, i)) continue;
                return Collect(page.Number, line.Top, stop ?? NextHeading());
            }
        }
        return [];
    }

    private string MatchText(LayoutPage page, int index)
    {
        if (!_matchTexts.TryGetValue(page, out var texts)) _matchTexts[page] = texts = new string?[page.Lines.Count];
        return texts[index] ??= TextNormalizer.ForMatching(page.Lines[index].Text);
    }

    // Running headers differ only in their page numbers.
    private static string RunningKey(LayoutLine line) => Digits().Replace(line.Text, "#");

    private static bool IsContentsEntry(LayoutLine line) =>
        (line.Segments.Count > 1 && PageNumber().IsMatch(line.Segments[^1].Text)) || TrailingPageNumber().IsMatch(line.Text);

    private List<SectionLine> Collect(int pageNumber, double afterTop, Regex stop)
    {
        var result = new List<SectionLine>();
        foreach (var page in _document.Pages.Where(p => p.Number >= pageNumber))
        {
            for (var i = 0; i < page.Lines.Count; i++)
            {
                var line = page.Lines[i];
                if (page.Number == pageNumber && line.Top <= afterTop + 1e-6) continue;
                if (_runningLines.Contains(RunningKey(line)) || PageNumber().IsMatch(line.Text.Trim())) continue;
                if (stop.IsMatch(MatchText(page, i)) && HeadingLines.IsHeading(page, i)) return result;
                if (IsFootnoteStart(line) || IsFootnoteBlock(page, i)) break;
                result.Add(new SectionLine(line, page.Number, page.LinePitch));
            }
            if (result.Count > 400) return result;
        }
        return result;
    }

    // Footnotes are small print at the foot of the page, set off from the text above (their number, a superscript, is dropped).
    private bool IsFootnoteBlock(LayoutPage page, int index)
    {
        var line = page.Lines[index];
        if (_bodyFontSize <= 0 || line.FontSize <= 0 || line.FontSize >= FootnoteSizeRatio * _bodyFontSize || line.Top < FootOfPage) return false;
        return index == 0 || line.Top - page.Lines[index - 1].Top > FootnoteGapPitches * page.LinePitch;
    }

    private static bool IsFootnoteStart(LayoutLine line) => line.Segments.Count == 1 && FootnoteLead().IsMatch(line.Text) && line.Left < 0.2;

    [GeneratedRegex(@"^(?:the experiences and progress|the impact of leaders|summary for children|the local authority's strengths|progress since the last|summary of findings|information about|recommendations|inspection judgements|the local safeguarding children board|what does the lscb|contents|the local authority$|about this inspection|executive summary|what needs to improve|what does the local authority need|overall effectiveness|children who need help and protection$|local authority arrangements|ofsted produces|the local authority has the following strengths|the lscb's strengths|key strengths and weaknesses|summary of key findings|section \d|previous ofsted inspections|other ofsted inspections|other information about|local leadership|outcomes for looked after children)")]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"[A-Za-z?]\s*\.*\s+\d{1,3}$")]
    private static partial Regex TrailingPageNumber();

    [GeneratedRegex(@"^\d\s*$|^\d\s+[A-Z]")]
    private static partial Regex FootnoteLead();
}
