using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// Checks the objects below a resource dictionary (fonts, graphics states, colour spaces, patterns, shadings and their
/// functions) for reference chains PdfPig would follow recursively when it loads the resources: a loop (a stitching
/// function listing itself among its /Functions) or a chain thousands deep overflows the stack, which cannot be caught.
/// Form XObjects and nested /Resources are left to <see cref="PageWork"/>, which follows them as PdfPig draws them;
/// back-links (/Parent, /P) are not followed. Each object is walked once per document.
/// </summary>
internal sealed class ResourceReferences(PdfDocument pdf, int maxDepth)
{
    private static readonly HashSet<string> NotFollowed = ["Parent", "P", "Resources", "XObject"];

    /// <summary>The longest chain of references below each object already walked.</summary>
    private readonly Dictionary<long, int> _below = [];
    private readonly List<long> _path = [];

    public int Deepest { get; private set; }

    public ReadFailure? Check(DictionaryToken? resources)
    {
        if (resources is null) return null;
        try
        {
            Deepest = Math.Max(Deepest, Depth(resources));
            return null;
        }
        catch (ChainException refused)
        {
            _path.Clear();
            return refused.Failure;
        }
    }

    private int Depth(IToken token)
    {
        switch (token)
        {
            case IndirectReferenceToken reference:
                var number = reference.Data.ObjectNumber;
                if (_below.TryGetValue(number, out var known))
                {
                    if (_path.Count + known > maxDepth) throw TooDeep();
                    return known;
                }
                if (_path.Contains(number))
                    throw new ChainException(new ReadFailure(ReadFailureKind.CorruptPdf, "resources whose objects lead somewhere",
                        $"resource objects that refer to each other in a loop ({string.Join(" → ", _path.SkipWhile(n => n != number).Append(number))})"));
                if (_path.Count >= maxDepth) throw TooDeep();
                _path.Add(number);
                var depth = 1 + Depth(pdf.Resolve(reference));
                _path.RemoveAt(_path.Count - 1);
                _below[number] = depth;
                return depth;
            case DictionaryToken dictionary:
                var deepest = 0;
                foreach (var (key, value) in dictionary.Data)
                    if (!NotFollowed.Contains(key)) deepest = Math.Max(deepest, Depth(value));
                return deepest;
            case ArrayToken array:
                var deepestItem = 0;
                foreach (var item in array.Data) deepestItem = Math.Max(deepestItem, Depth(item));
                return deepestItem;
            case StreamToken stream:
                return Depth(stream.StreamDictionary);
            default:
                return 0;
        }
    }

    private ChainException TooDeep() => new(new ReadFailure(ReadFailureKind.CorruptPdf, $"resource objects referring at most {maxDepth} deep",
        $"a chain of resource objects more than {maxDepth} deep (from object {_path.FirstOrDefault()})"));

    private sealed class ChainException(ReadFailure failure) : Exception(failure.Message)
    {
        public ReadFailure Failure { get; } = failure;
    }
}
