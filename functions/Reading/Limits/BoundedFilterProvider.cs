using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// PdfPig's filters with Flate replaced by <see cref="BoundedFlateFilter"/>: every Flate stream PdfPig decodes comes
/// from the preflight's inflate, or is measured within the limits before PdfPig inflates it. One per document.
/// </summary>
internal sealed class BoundedFilterProvider : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly IFilter _pdfPigFlate;
    private readonly BoundedFlateFilter _flate;

    public BoundedFilterProvider(DecodedStreams streams, ReportReaderOptions options)
    {
        _pdfPigFlate = _inner.GetNamedFilters([NameToken.FlateDecode])[0];
        _flate = new BoundedFlateFilter(streams, _pdfPigFlate, options);
    }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Replace(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Replace(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Replace(_inner.GetAllFilters());

    private IReadOnlyList<IFilter> Replace(IReadOnlyList<IFilter> filters)
    {
        for (var i = 0; i < filters.Count; i++)
        {
            if (!ReferenceEquals(filters[i], _pdfPigFlate)) continue;
            var replaced = filters.ToArray();
            for (var j = i; j < replaced.Length; j++)
                if (ReferenceEquals(replaced[j], _pdfPigFlate)) replaced[j] = _flate;
            return replaced;
        }
        return filters;
    }
}
