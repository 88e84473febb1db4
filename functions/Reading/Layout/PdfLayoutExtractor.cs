using System.Text;
using UglyToad.PdfPig.Content;

namespace Publishing.Reading.Layout;

/// <summary>Builds positioned lines from PdfPig's letters: baselines make lines, gaps make words and segments.</summary>
internal static class PdfLayoutExtractor
{
    private const double WordGapEm = 0.12;
    private const double SegmentGapEm = 1.5;

    public static LayoutPage ToLayout(Page page)
    {
        var scratch = t_scratch ??= new LayoutScratch();
        try
        {
            return ToLayout(page, scratch);
        }
        finally
        {
            scratch.Release();
        }
    }

    private static LayoutPage ToLayout(Page page, LayoutScratch scratch)
    {
        var width = page.Width > 0 ? page.Width : 612;
        var height = page.Height > 0 ? page.Height : 792;
        var all = page.Letters;
        var letters = scratch.Letters(all.Count);
        var count = 0;
        foreach (var letter in all)
        {
            if (letter.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(letter.Value))
                letters[count++] = letter;
        }
        // Top of the page first. Sorting on a key array (not a comparison delegate over Letter properties) in reused
        // buffers keeps layout to a small share of reading time: it runs once per page for thousands of letters.
        var sorted = scratch.Sorted(count);
        SortInto(letters.AsSpan(0, count), sorted, static letter => -letter.StartBaseLine.Y, scratch);

        // Lines are runs of the sorted letters: lineStarts[k] to lineStarts[k + 1].
        var lineStarts = scratch.LineStarts;
        double currentBaseline = 0;
        for (var i = 0; i < count; i++)
        {
            var letter = sorted[i];
            if (i == 0 || Math.Abs(currentBaseline - letter.StartBaseLine.Y) > 0.3 * Size(letter))
            {
                lineStarts.Add(i);
                currentBaseline = letter.StartBaseLine.Y;
            }
        }
        lineStarts.Add(count);

        var lines = new List<LayoutLine>(lineStarts.Count - 1);
        for (var k = 0; k + 1 < lineStarts.Count; k++)
        {
            var raw = sorted.AsSpan(lineStarts[k], lineStarts[k + 1] - lineStarts[k]);
            var below = k + 2 < lineStarts.Count ? sorted.AsSpan(lineStarts[k + 1], lineStarts[k + 2] - lineStarts[k + 1]) : default;
            if (IsSuperscriptMarker(raw, below)) continue;
            var line = BuildLine(raw, width, height, scratch);
            if (line is not null) lines.Add(line);
        }
        return new LayoutPage(page.Number, lines);
    }

    [ThreadStatic]
    private static LayoutScratch? t_scratch;

    /// <summary>Stable: letters with equal keys keep the order they arrived in.</summary>
    private static void SortInto(ReadOnlySpan<Letter> letters, Letter[] into, Func<Letter, double> key, LayoutScratch scratch)
    {
        var n = letters.Length;
        var (keys, first, second, bounds) = scratch.SortBuffers(n);
        for (var i = 0; i < n; i++) keys[i] = key(letters[i]);
        var order = RunMergeSort.Order(keys.AsSpan(0, n), first, second, bounds);
        for (var i = 0; i < n; i++) into[i] = letters[order[i]];
    }

    private static double MedianSize(ReadOnlySpan<Letter> letters, LayoutScratch scratch)
    {
        var sizes = scratch.Sizes(letters.Length);
        var uniform = true;
        for (var i = 0; i < letters.Length; i++)
        {
            sizes[i] = Size(letters[i]);
            uniform &= sizes[i] == sizes[0];
        }
        if (uniform) return sizes[0]; // most lines are set in one size
        Array.Sort(sizes, 0, letters.Length);
        return sizes[letters.Length / 2];
    }

    /// <summary>Whether a font is bold, decided once per font name in a line (letters share their font's name).</summary>
    private struct BoldFonts
    {
        private string? _lastName;
        private bool _lastBold;

        public bool IsBold(string? fontName)
        {
            if (fontName is null) return false;
            if (!ReferenceEquals(fontName, _lastName))
            {
                _lastName = fontName;
                _lastBold = fontName.Contains("Bold", StringComparison.OrdinalIgnoreCase);
            }
            return _lastBold;
        }
    }

    private static double Size(Letter letter)
    {
        var size = letter.PointSize;
        if (size <= 0) size = letter.BoundingBox.Height;
        return size <= 0 ? 10 : size;
    }

    // A footnote reference ("Board¹", "improve?¹") sits a little above the line it belongs to in a smaller size.
    private static bool IsSuperscriptMarker(ReadOnlySpan<Letter> raw, ReadOnlySpan<Letter> below)
    {
        if (raw.Length > 3 || below.IsEmpty) return false;
        var size = Size(raw[0]);
        foreach (var letter in raw[1..])
        {
            var next = Size(letter);
            if (next > size || double.IsNaN(size)) size = next; // as Enumerable.Max orders NaN first
        }
        double belowTotal = 0;
        foreach (var letter in below) belowTotal += Size(letter);
        var belowSize = belowTotal / below.Length;
        var rise = raw[0].StartBaseLine.Y - below[0].StartBaseLine.Y;
        if (!(size < 0.85 * belowSize && rise > 0 && rise < 0.9 * belowSize)) return false;
        foreach (var letter in raw)
            if (!(char.IsDigit(letter.Value[0]) || letter.Value == "*")) return false;
        return true;
    }

    private static LayoutLine? BuildLine(ReadOnlySpan<Letter> unordered, double width, double height, LayoutScratch scratch)
    {
        var raw = scratch.Line(unordered.Length);
        SortInto(unordered, raw, static letter => letter.StartBaseLine.X, scratch);
        var line = raw.AsSpan(0, unordered.Length);
        var mainSize = MedianSize(line, scratch);
        var boldFonts = new BoldFonts();
        var segments = new List<TextSegment>();
        var words = new List<TextSegment>();
        var text = scratch.Text.Clear();
        var word = scratch.Word.Clear();
        double wordLeft = 0;
        double segLeft = 0, segRight = 0, previousRight = double.NaN;
        var bold = 0;
        foreach (var letter in line)
        {
            var size = Size(letter);
            // Superscripts inside a line (footnote numbers) are dropped.
            if (size < 0.75 * mainSize && char.IsDigit(letter.Value[0])) continue;
            var left = letter.StartBaseLine.X;
            var right = Math.Max(letter.EndBaseLine.X, left + letter.Width);
            if (!double.IsNaN(previousRight))
            {
                var gap = left - previousRight;
                if (gap > WordGapEm * mainSize)
                {
                    words.Add(new TextSegment(word.ToString(), wordLeft / width, previousRight / width));
                    word.Clear();
                }
                if (gap > SegmentGapEm * mainSize)
                {
                    segments.Add(new TextSegment(text.ToString(), segLeft / width, segRight / width));
                    text.Clear();
                }
                else if (gap > WordGapEm * mainSize)
                {
                    text.Append(' ');
                }
            }
            if (text.Length == 0) segLeft = left;
            if (word.Length == 0) wordLeft = left;
            var glyph = TextNormalizer.Glyph(letter.Value);
            word.Append(glyph);
            text.Append(glyph);
            segRight = right;
            previousRight = right;
            if (boldFonts.IsBold(letter.FontName)) bold++;
        }
        if (text.Length > 0) segments.Add(new TextSegment(text.ToString(), segLeft / width, segRight / width));
        if (word.Length > 0) words.Add(new TextSegment(word.ToString(), wordLeft / width, previousRight / width));
        segments.RemoveAll(static s => string.IsNullOrWhiteSpace(s.Text));
        words.RemoveAll(static s => string.IsNullOrWhiteSpace(s.Text));
        if (segments.Count == 0) return null;
        var top = (height - line[0].StartBaseLine.Y) / height;
        return new LayoutLine(segments, words, top, bold * 2 > line.Length) { FontSize = mainSize };
    }
}
