using System.Collections.Concurrent;
using UglyToad.PdfPig;

namespace Publishing.Tests.Summaries;

/// <summary>A report page's raw text straight from PdfPig (not the reader), with all whitespace removed for comparison.</summary>
public static class PdfPageText
{
    private static readonly ConcurrentDictionary<(string, int), string> Pages = new();

    public static string Compact(string path, int page) => Pages.GetOrAdd((path, page), key =>
    {
        using var document = PdfDocument.Open(key.Item1);
        return Squash(document.GetPage(key.Item2).Text);
    });

    public static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
}
