using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// The pages of a document as dictionaries, found through the page tree before PdfPig builds any page: numbered depth
/// first in /Kids order, as PdfPig numbers them, each with the /Resources of its ancestors and its own, outermost
/// first: PdfPig loads them all, one above the other.
/// </summary>
internal static class PageTree
{
    public sealed record Leaf(DictionaryToken Page, IReadOnlyList<IToken> Resources);

    /// <summary>Page 1 first. A tree this walk cannot follow gives no pages (PdfPig's lenient reading may still
    /// manage; the stream limits still hold).</summary>
    public static IReadOnlyList<Leaf> Leaves(PdfDocument pdf)
    {
        var leaves = new List<Leaf>();
        try
        {
            if (!pdf.Structure.Catalog.CatalogDictionary.TryGet(NameToken.Pages, out var root)) return leaves;
            var pending = new Stack<(IToken Node, IReadOnlyList<IToken> Resources)>([(root, [])]);
            var seen = new HashSet<long>();
            while (pending.TryPop(out var item))
            {
                var token = item.Node;
                if (token is IndirectReferenceToken reference)
                {
                    if (!seen.Add(reference.Data.ObjectNumber)) continue;
                    token = pdf.Structure.GetObject(reference.Data).Data;
                }
                if (token is not DictionaryToken node) continue;
                IReadOnlyList<IToken> resources = node.TryGet(NameToken.Resources, out var own) ? [.. item.Resources, own] : item.Resources;
                if (node.TryGet(NameToken.Kids, out var kids) && kids is ArrayToken children)
                {
                    for (var k = children.Data.Count - 1; k >= 0; k--) pending.Push((children.Data[k], resources));
                }
                else if (!(node.TryGet(NameToken.Type, out var type) && type is NameToken { Data: "Pages" }))
                {
                    leaves.Add(new Leaf(node, resources));
                }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            leaves.Clear();
        }
        return leaves;
    }
}
