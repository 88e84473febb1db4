using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// The decoded size of each page's content streams, from the sizes the preflight measured, found through the page
/// tree before PdfPig builds the page: a page is refused before its glyphs are, not after.
/// </summary>
internal static class PageContentSizes
{
    /// <summary>Pages numbered depth first in /Kids order, as PdfPig numbers them. A tree this walk cannot follow gives
    /// no sizes (PdfPig's lenient reading may still manage; the stream limits still hold).</summary>
    public static Dictionary<int, long> ByPage(PdfDocument pdf, IReadOnlyDictionary<long, long> streamBytes)
    {
        var sizes = new Dictionary<int, long>();
        try
        {
            if (!pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out var root)) return sizes;
            var pending = new Stack<IToken>([root]);
            var seen = new HashSet<long>();
            while (pending.TryPop(out var token))
            {
                if (token is IndirectReferenceToken reference)
                {
                    if (!seen.Add(reference.Data.ObjectNumber)) continue;
                    token = pdf.Structure.GetObject(reference.Data).Data;
                }
                if (token is not DictionaryToken node) continue;
                if (node.TryGet(NameToken.Kids, out var kids) && kids is ArrayToken children)
                {
                    for (var k = children.Data.Count - 1; k >= 0; k--) pending.Push(children.Data[k]);
                }
                else if (!(node.TryGet(NameToken.Type, out var type) && type is NameToken { Data: "Pages" }))
                {
                    sizes[sizes.Count + 1] = ContentBytes(pdf, node, streamBytes);
                }
            }
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
