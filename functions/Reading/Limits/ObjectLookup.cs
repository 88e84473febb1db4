using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>Follows a reference to the object it names, for the walks that look at a document before PdfPig draws it.</summary>
internal static class ObjectLookup
{
    /// <summary>The object, or the null object when it cannot be read: that ends the walk's way there, and PdfPig fails
    /// on it the same way, without going further.</summary>
    public static IToken Resolve(this PdfDocument pdf, IToken? token)
    {
        if (token is not IndirectReferenceToken reference) return token ?? NullToken.Instance;
        try
        {
            return pdf.Structure.GetObject(reference.Data).Data;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return NullToken.Instance;
        }
    }
}
