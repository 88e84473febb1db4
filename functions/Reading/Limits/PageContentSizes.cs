using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// The decoded size of each page's content streams, from the sizes the preflight measured, found through the page
/// tree (<see cref="PageTree"/>) before PdfPig builds the page: a page is refused before its glyphs are, not after.
/// </summary>
internal static class PageContentSizes
{
    public static Dictionary<int, long> ByPage(PdfDocument pdf, IReadOnlyList<PageTree.Leaf> pages, IReadOnlyDictionary<long, long> streamBytes)
    {
        var sizes = new Dictionary<int, long>();
        try
        {
            for (var i = 0; i < pages.Count; i++) sizes[i + 1] = ContentBytes(pdf, pages[i].Page, streamBytes);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            sizes.Clear();
        }
        return sizes;
    }

    private static long ContentBytes(PdfDocument pdf, DictionaryToken page, IReadOnlyDictionary<long, long> streamBytes)
    {
        if (!page.TryGet(NameToken.Contents, out var contents)) return 0;
        return contents switch
        {
            IndirectReferenceToken one => StreamOrArray(pdf, one.Data, streamBytes),
            ArrayToken many => many.Data.OfType<IndirectReferenceToken>().Sum(r => streamBytes.GetValueOrDefault(r.Data.ObjectNumber)),
            _ => 0,
        };
    }

    // /Contents may name an array object of streams rather than a stream.
    private static long StreamOrArray(PdfDocument pdf, IndirectReference reference, IReadOnlyDictionary<long, long> streamBytes)
    {
        if (streamBytes.TryGetValue(reference.ObjectNumber, out var size)) return size;
        return pdf.Structure.GetObject(reference).Data is ArrayToken many
            ? many.Data.OfType<IndirectReferenceToken>().Sum(r => streamBytes.GetValueOrDefault(r.Data.ObjectNumber))
            : 0;
    }
}
