using System.Text;
using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>
/// Splits a section's lines into its items, verbatim: list items where the section is a list (bullets, or paragraphs
/// numbered in sequence), paragraphs otherwise. A list nested inside an item (its markers indented past the items')
/// stays part of that item, its entries run on as a sentence runs a list: "were: a; b; c." Lines between a list's
/// items that are bold, or that start at the items' own margin where the items' text hangs indented, are subheadings
/// ("Priority and immediate action", "Care leavers") or a lead-in, not part of any item.
/// </summary>
internal static partial class SectionItems
{
    // Page-width fraction a marker must sit right of the items' own markers to open a nested list.
    private const double NestedIndent = 0.02;
    private const double MarginTolerance = 0.01;
    private const double ParagraphGapPitches = 1.45;

    public static IEnumerable<Sourced<string>> Split(IReadOnlyList<SectionLine> lines, bool asList)
    {
        var markers = asList ? MarkerLines(lines) : [];
        var itemLeft = markers.Count == 0 ? 0 : markers.Min(i => lines[i].Line.Left);
        var hanging = markers.Count > 0 && HasHangingIndent(lines, markers, itemLeft);
        var textRight = lines.Count == 0 ? 0 : lines.Max(l => l.Line.Right);
        var current = new StringBuilder();
        var currentPage = 0;
        SectionLine? previous = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (markers.Count > 0 && !markers.Contains(i) && IsSubheading(line.Line, hanging, itemLeft)) continue;
            var text = line.Line.Text.Trim();
            var nested = markers.Contains(i) && line.Line.Left > itemLeft + NestedIndent;
            var startsNew = markers.Count > 0
                ? markers.Contains(i) && !nested
                : previous is null || StartsParagraph(previous.Value, line, textRight);
            if (startsNew && current.Length > 0)
            {
                yield return new Sourced<string>(current.ToString(), currentPage);
                current.Clear();
            }
            if (current.Length == 0)
            {
                currentPage = line.Page;
                text = ItemMarker().Replace(text, "");
            }
            else if (nested)
            {
                current.Append(HeadingLines.EndsClause(current.ToString()) ? " " : "; ");
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

    private static bool IsSubheading(LayoutLine line, bool hanging, double itemLeft)
    {
        if (hanging && line.Left <= itemLeft + MarginTolerance) return true;
        var text = line.Text.TrimStart();
        return line.IsBold && text.Length > 0 && char.IsUpper(text[0]);
    }

    // Most lines that carry an item on sit right of the markers' margin.
    private static bool HasHangingIndent(IReadOnlyList<SectionLine> lines, HashSet<int> markers, double itemLeft)
    {
        var carried = Enumerable.Range(0, lines.Count).Where(i => !markers.Contains(i)).Select(i => lines[i].Line.Left).ToList();
        return carried.Count > 0 && carried.Count(left => left > itemLeft + NestedIndent) * 3 >= carried.Count * 2;
    }

    private static bool StartsParagraph(SectionLine previous, SectionLine line, double textRight) =>
        (line.Page == previous.Page && line.Line.Top - previous.Line.Top > ParagraphGapPitches * line.Pitch)
        || (previous.Line.Text.TrimEnd().EndsWith('.') && previous.Line.Right < 0.8 * textRight);

    // Bullets, dashes and lettered items always mark an item; a number does only where it continues the sequence or
    // starts one again at 1 ("16 to / 18. The ..." inside a paragraph is not item 18 unless item 17 came just before it).
    private static HashSet<int> MarkerLines(IReadOnlyList<SectionLine> lines)
    {
        var markers = new HashSet<int>();
        var bullets = 0;
        int? lastNumber = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Line.Text.Trim();
            var number = NumberMarker().Match(text);
            if (number.Success)
            {
                var value = int.Parse(number.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (lastNumber is not null && value != lastNumber + 1 && value != 1) continue;
                lastNumber = value;
                markers.Add(i);
            }
            else if (ItemMarker().IsMatch(text))
            {
                markers.Add(i);
                bullets++;
            }
        }
        // One numbered line that is not 1, then bullets: the report's own paragraph number on the list's lead-in
        // ("22. In order to improve ..., the local authority should take the following action."), not an item.
        var numbered = markers.Where(i => NumberMarker().IsMatch(lines[i].Line.Text.Trim())).ToList();
        if (numbered.Count == 1 && bullets >= 2 && numbered[0] == markers.Min()
            && NumberMarker().Match(lines[numbered[0]].Line.Text.Trim()).Groups[1].Value != "1")
            markers.Remove(numbered[0]);
        return markers;
    }

    [GeneratedRegex(@"^(?:[•−]\s*|\d{1,3}\.\s+|[a-z]\)\s+)")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^(\d{1,3})\.\s+")]
    private static partial Regex NumberMarker();
}
