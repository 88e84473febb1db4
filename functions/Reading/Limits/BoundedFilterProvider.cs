using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// PdfPig's filters with the three that can expand data without bound (Flate, LZW, RunLength) replaced by
/// <see cref="BoundedExpandingFilter"/>. Every such stream PdfPig decodes was measured within the
/// limits first, by the preflight or by the replacement. One per document.
/// </summary>
internal sealed class BoundedFilterProvider : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly Dictionary<IFilter, IFilter> _replacements = new(ReferenceEqualityComparer.Instance);

    public BoundedFilterProvider(DecodedStreams streams, ReportReaderOptions options)
    {
        var flate = PdfPigFilter(NameToken.FlateDecode);
        var lzw = PdfPigFilter(NameToken.LzwDecode);
        var runLength = PdfPigFilter(NameToken.RunLengthDecode);
        _replacements[flate] = BoundedExpandingFilter.Flate(streams, flate, options);
        _replacements[lzw] = BoundedExpandingFilter.Lzw(streams, lzw, options);
        _replacements[runLength] = BoundedExpandingFilter.RunLength(streams, runLength, options);
    }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Replace(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Replace(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Replace(_inner.GetAllFilters());

    private IFilter PdfPigFilter(NameToken name) => _inner.GetNamedFilters([name])[0];

    private IReadOnlyList<IFilter> Replace(IReadOnlyList<IFilter> filters)
    {
        if (!filters.Any(_replacements.ContainsKey)) return filters;
        return [.. filters.Select(f => _replacements.GetValueOrDefault(f, f))];
    }
}
