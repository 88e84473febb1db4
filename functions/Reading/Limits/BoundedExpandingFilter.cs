using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// LZW or RunLength for PdfPig, whose own filters decode without a limit: a stream the preflight measured goes straight
/// to PdfPig's filter; any other (behind another filter, or one the preflight could not find) is first decoded here
/// within the limits, and counted, with the same parameters PdfPig will use.
/// </summary>
internal sealed class BoundedExpandingFilter(DecodedStreams streams, IFilter pdfPigFilter, ReportReaderOptions options, string name, BoundedExpandingFilter.Measure measure) : IFilter
{
    public delegate BoundedDecode Measure(ReadOnlySpan<byte> data, DictionaryToken parameters, long limit);

    public static BoundedExpandingFilter Lzw(DecodedStreams streams, IFilter pdfPigFilter, ReportReaderOptions options) =>
        new(streams, pdfPigFilter, options, "an LZW stream", (data, parameters, limit) =>
            LzwDecoder.Decode(data, earlyChange: (parameters.Data.GetValueOrDefault(NameToken.EarlyChange.Data) as NumericToken)?.Int is null or 1, limit, keep: false));

    public static BoundedExpandingFilter RunLength(DecodedStreams streams, IFilter pdfPigFilter, ReportReaderOptions options) =>
        new(streams, pdfPigFilter, options, "a RunLength stream", (data, _, limit) => RunLengthDecoder.Decode(data, limit, keep: false));

    public bool IsSupported => true;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        streams.ThrowIfRefused();
        var measured = filterIndex == 0 && streams.Find(input.Span, takeBytes: false, out _) != DecodedStreams.Found.Unknown;
        if (!measured)
        {
            try
            {
                var decoded = measure(input.Span, DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex), streams.NextStreamLimit(options));
                streams.CountOrRefuse(decoded.Length, options, name);
            }
            catch (InvalidDataException)
            {
                // Damaged within the limits: PdfPig's filter fails on it at the same point.
            }
        }
        return pdfPigFilter.Decode(input, streamDictionary, filterProvider, filterIndex);
    }
}
