using System.Text.RegularExpressions;

namespace Publishing.Reading.Layout;

/// <summary>Reads the text form of a report (pdftotext -layout: pages split by form feeds, columns by runs of spaces).</summary>
internal static partial class PlainTextLayoutExtractor
{
    public static LayoutDocument ToLayout(string text)
    {
        var pageTexts = text.Replace("\r\n", "\n").Split('\f');
        var width = Math.Max(80, pageTexts.SelectMany(p => p.Split('\n')).Select(l => l.Length).DefaultIfEmpty(0).Max());
        var pages = new List<LayoutPage>();
        for (var p = 0; p < pageTexts.Length; p++)
        {
            var rows = pageTexts[p].Split('\n');
            if (p == pageTexts.Length - 1 && string.IsNullOrWhiteSpace(pageTexts[p])) break;
            var lines = new List<LayoutLine>();
            var pageHeight = Math.Max(rows.Length, 60);
            for (var r = 0; r < rows.Length; r++)
            {
                var segments = new List<TextSegment>();
                foreach (Match m in SegmentPattern().Matches(rows[r]))
                {
                    var value = string.Concat(m.Value.Select(c => TextNormalizer.Glyph(c.ToString()))).Trim();
                    if (value.Length == 0) continue;
                    segments.Add(new TextSegment(value, (double)m.Index / width, (double)(m.Index + m.Length) / width));
                }
                var words = WordPattern().Matches(rows[r]).Select(m => new TextSegment(m.Value, (double)m.Index / width, (double)(m.Index + m.Length) / width)).ToList();
                if (segments.Count > 0) lines.Add(new LayoutLine(segments, words, (double)r / pageHeight, false));
            }
            pages.Add(new LayoutPage(p + 1, lines));
        }
        return new LayoutDocument(pages);
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\S+(?: {1,2}\S+)*")]
    private static partial Regex SegmentPattern();
}
