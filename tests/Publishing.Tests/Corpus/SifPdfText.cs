using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Publishing.Tests.Corpus;

/// <summary>
/// A report's own text straight from PdfPig (not the reader's layout), squashed for comparison: no whitespace, no list
/// glyphs, no semicolons (the reader runs a nested list on with "; ").
/// </summary>
public sealed partial class SifPdfText
{
    private readonly IReadOnlyList<string> _pages;

    private SifPdfText(IReadOnlyList<string> pages) => _pages = pages;

    public static SifPdfText Open(string path)
    {
        using var pdf = PdfDocument.Open(path);
        return new SifPdfText(pdf.GetPages().Select(p => Comparable(p.Text)).ToList());
    }

    public int PageCount => _pages.Count;

    public string Page(int number) => _pages[number - 1];

    public bool Matches(Regex pattern) => _pages.Any(pattern.IsMatch);

    /// <summary>Is the text printed on the page, or running on over the next two (an item may straddle a page break)?</summary>
    public bool Prints(string text, int page)
    {
        var wanted = Comparable(text);
        var span = string.Concat(Enumerable.Range(page, 3).Where(p => p <= _pages.Count).Select(Page));
        return span.Contains(wanted, StringComparison.Ordinal);
    }

    public static string Comparable(string text) => NotCompared().Replace(text, "");

    [GeneratedRegex(@"[\s;\uF000-\uF0FF•−▪■●◼]")]
    private static partial Regex NotCompared();
}
