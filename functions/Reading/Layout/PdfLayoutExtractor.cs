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
        var width = page.Width > 0 ? page.Width : 612;
        var height = page.Height > 0 ? page.Height : 792;
        var letters = new List<Letter>(page.Letters.Count);
        foreach (var letter in page.Letters)
        {
            if (letter.TextOrientation == TextOrientation.Horizontal && !string.IsNullOrWhiteSpace(letter.Value))
                letters.Add(letter);
        }
        // Top of the page first. Sorting on a key array (not a comparison delegate over Letter properties) keeps
        // layout to a small share of reading time: it runs once per page for thousands of letters.
        SortBy(letters, static letter => -letter.StartBaseLine.Y);

        var rawLines = new List<List<Letter>>();
        List<Letter>? current = null;
        double currentBaseline = 0;
        foreach (var letter in letters)
        {
            var size = Size(letter);
            if (current is null || Math.Abs(currentBaseline - letter.StartBaseLine.Y) > 0.3 * size)
            {
                current = [];
                rawLines.Add(current);
                currentBaseline = letter.StartBaseLine.Y;
            }
            current.Add(letter);
        }

        var lines = new List<LayoutLine>(rawLines.Count);
        for (var i = 0; i < rawLines.Count; i++)
        {
            var raw = rawLines[i];
            if (IsSuperscriptMarker(raw, i + 1 < rawLines.Count ? rawLines[i + 1] : null)) continue;
            var line = BuildLine(raw, width, height);
            if (line is not null) lines.Add(line);
        }
        return new LayoutPage(page.Number, lines);
    }

    private static void SortBy(List<Letter> letters, Func<Letter, double> key)
    {
        if (letters.Count < 2) return;
        var keys = new double[letters.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = key(letters[i]);
        var order = RunMergeSort.Order(keys);
        var items = letters.ToArray();
        for (var i = 0; i < items.Length; i++) letters[i] = items[order[i]];
    }

    private static double MedianSize(List<Letter> letters)
    {
        var sizes = new double[letters.Count];
        var uniform = true;
        for (var i = 0; i < sizes.Length; i++)
        {
            sizes[i] = Size(letters[i]);
            uniform &= sizes[i] == sizes[0];
        }
        if (uniform) return sizes[0]; // most lines are set in one size
        Array.Sort(sizes);
        return sizes[sizes.Length / 2];
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
    private static bool IsSuperscriptMarker(List<Letter> raw, List<Letter>? below)
    {
        if (raw.Count > 3 || below is null || below.Count == 0) return false;
        var size = raw.Max(Size);
        var belowSize = below.Average(Size);
        var rise = raw[0].StartBaseLine.Y - below[0].StartBaseLine.Y;
        return size < 0.85 * belowSize && rise > 0 && rise < 0.9 * belowSize && raw.All(l => char.IsDigit(l.Value[0]) || l.Value == "*");
    }

    private static LayoutLine? BuildLine(List<Letter> raw, double width, double height)
    {
        SortBy(raw, static letter => letter.StartBaseLine.X);
        var mainSize = MedianSize(raw);
        var boldFonts = new BoldFonts();
        var segments = new List<TextSegment>();
        var words = new List<TextSegment>();
        var text = new StringBuilder();
        var word = new StringBuilder();
        double wordLeft = 0;
        double segLeft = 0, segRight = 0, previousRight = double.NaN;
        var bold = 0;
        foreach (var letter in raw)
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
            word.Append(TextNormalizer.Glyph(letter.Value));
            text.Append(TextNormalizer.Glyph(letter.Value));
            segRight = right;
            previousRight = right;
            if (boldFonts.IsBold(letter.FontName)) bold++;
        }
        if (text.Length > 0) segments.Add(new TextSegment(text.ToString(), segLeft / width, segRight / width));
        if (word.Length > 0) words.Add(new TextSegment(word.ToString(), wordLeft / width, previousRight / width));
        segments.RemoveAll(s => string.IsNullOrWhiteSpace(s.Text));
        words.RemoveAll(s => string.IsNullOrWhiteSpace(s.Text));
        if (segments.Count == 0) return null;
        var top = (height - raw[0].StartBaseLine.Y) / height;
        return new LayoutLine(segments, words, top, bold * 2 > raw.Count) { FontSize = mainSize };
    }
}
