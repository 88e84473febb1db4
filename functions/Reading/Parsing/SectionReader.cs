using System.Text;
using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>Reads a titled section as paragraphs or list items, verbatim, each with its page.</summary>
internal sealed partial class SectionReader
{
    private readonly LayoutDocument _document;
    private readonly HashSet<string> _runningLines;

    public SectionReader(LayoutDocument document)
    {
        _document = document;
        // Running headers and footers repeat on many pages; they are not part of any section.
        _runningLines = document.Pages
            .SelectMany(p => p.Lines.Take(2).Concat(p.Lines.TakeLast(2)).Select(RunningKey).Distinct())
            .GroupBy(t => t).Where(g => g.Count() >= 3).Select(g => g.Key).ToHashSet();
    }

    public IReadOnlyList<Sourced<string>> ItemsAfter(Regex heading, Regex? stop = null, int maxItems = 40)
    {
        var lines = LinesAfter(heading, stop);
        return lines.Count == 0 ? [] : SplitItems(lines, asList: true).Take(maxItems).ToList();
    }

    public IReadOnlyList<Sourced<string>> ParagraphsAfter(Regex heading, Regex? stop = null, int maxParagraphs = 12)
    {
        var lines = LinesAfter(heading, stop);
        return lines.Count == 0 ? [] : SplitItems(lines, asList: false).Take(maxParagraphs).ToList();
    }

    public IReadOnlyList<Sourced<string>> ParagraphsBetween(int page, double afterTop, Regex stop, int maxParagraphs = 8)
    {
        var lines = Collect(page, afterTop, stop);
        return SplitItems(lines, asList: false).Take(maxParagraphs).ToList();
    }

    private List<(LayoutLine Line, int Page, double Pitch)> LinesAfter(Regex heading, Regex? stop)
    {
        foreach (var page in _document.Pages)
        {
            foreach (var line in page.Lines)
            {
                if (!heading.IsMatch(TextNormalizer.ForMatching(line.Text))) continue;
                if (IsContentsEntry(line)) continue;
                return Collect(page.Number, line.Top, stop ?? NextHeading());
            }
        }
        return [];
    }

    // Running headers differ only in their page numbers.
    private static string RunningKey(LayoutLine line) => Digits().Replace(line.Text, "#");

    private static bool IsContentsEntry(LayoutLine line) =>
        (line.Segments.Count > 1 && PageNumber().IsMatch(line.Segments[^1].Text)) || TrailingPageNumber().IsMatch(line.Text);

    private List<(LayoutLine, int, double)> Collect(int pageNumber, double afterTop, Regex stop)
    {
        var result = new List<(LayoutLine, int, double)>();
        foreach (var page in _document.Pages.Where(p => p.Number >= pageNumber))
        {
            foreach (var line in page.Lines)
            {
                if (page.Number == pageNumber && line.Top <= afterTop + 1e-6) continue;
                if (_runningLines.Contains(RunningKey(line)) || PageNumber().IsMatch(line.Text.Trim())) continue;
                if (stop.IsMatch(TextNormalizer.ForMatching(line.Text))) return result;
                if (IsFootnoteStart(line)) break;
                result.Add((line, page.Number, page.LinePitch));
            }
            if (result.Count > 400) return result;
        }
        return result;
    }

    private static bool IsFootnoteStart(LayoutLine line) => line.Segments.Count == 1 && FootnoteLead().IsMatch(line.Text) && line.Left < 0.2;

    private static IEnumerable<Sourced<string>> SplitItems(List<(LayoutLine Line, int Page, double Pitch)> lines, bool asList)
    {
        var hasMarkers = asList && lines.Any(l => ItemMarker().IsMatch(l.Line.Text));
        var current = new StringBuilder();
        var currentPage = 0;
        LayoutLine? previous = null;
        var textRight = lines.Count == 0 ? 0 : lines.Max(l => l.Line.Right);
        foreach (var (line, page, pitch) in lines)
        {
            var text = line.Text.Trim();
            bool startsNew;
            if (hasMarkers) startsNew = ItemMarker().IsMatch(text);
            else startsNew = previous is null || (page == currentPage && line.Top - previous.Top > 1.45 * pitch)
                || (previous.Text.TrimEnd().EndsWith('.') && previous.Right < 0.8 * textRight);
            if (startsNew && current.Length > 0)
            {
                yield return new Sourced<string>(current.ToString(), currentPage);
                current.Clear();
            }
            if (current.Length == 0)
            {
                currentPage = page;
                text = ItemMarker().Replace(text, "");
            }
            else
            {
                current.Append(current[^1] == '-' && !text.StartsWith("and", StringComparison.Ordinal) ? "" : " ");
            }
            current.Append(text);
            previous = line;
        }
        if (current.Length > 0) yield return new Sourced<string>(current.ToString(), currentPage);
    }

    [GeneratedRegex(@"^(?:the experiences and progress|the impact of leaders|summary for children|the local authority's strengths|progress since the last|summary of findings|information about|recommendations|inspection judgements|the local safeguarding children board|what does the lscb|contents|the local authority$|about this inspection|executive summary|what needs to improve|what does the local authority need|overall effectiveness|children who need help and protection$|local authority arrangements|ofsted produces|areas for improvement)")]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"^(?:•\s*|\d{1,2}\.\s+|[a-z]\)\s+)")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^\d{1,3}$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"[A-Za-z?]\s*\.*\s+\d{1,3}$")]
    private static partial Regex TrailingPageNumber();

    [GeneratedRegex(@"^\d\s*$|^\d\s+[A-Z]")]
    private static partial Regex FootnoteLead();
}
