using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// Flate, LZW or RunLength for PdfPig, whose own filters decode without a limit. A stream the preflight measured goes
/// straight to PdfPig's filter (a Flate stream it inflated whole is handed over as inflated); any other (behind another
/// filter, or one the preflight could not find) is first decoded here within the limits, and counted, with the
/// parameters PdfPig will use, so no stream, however it is wrapped, decodes past them.
/// </summary>
internal sealed class BoundedExpandingFilter(DecodedStreams streams, IFilter pdfPigFilter, ReportReaderOptions options, string name, BoundedExpandingFilter.Measure measure, bool handsOverKeptBytes = false) : IFilter
{
    public delegate BoundedDecode Measure(ReadOnlyMemory<byte> data, DictionaryToken parameters, long limit);

    public static BoundedExpandingFilter Flate(DecodedStreams streams, IFilter pdfPigFilter, ReportReaderOptions options) =>
        new(streams, pdfPigFilter, options, "a Flate stream", (data, _, limit) => new BoundedDecode(FlateInflater.Inflate(data, limit, keep: false).Length, null), handsOverKeptBytes: true);

    public static BoundedExpandingFilter Lzw(DecodedStreams streams, IFilter pdfPigFilter, ReportReaderOptions options) =>
        new(streams, pdfPigFilter, options, "an LZW stream", (data, parameters, limit) =>
            LzwDecoder.Decode(data.Span, earlyChange: (parameters.Data.GetValueOrDefault(NameToken.EarlyChange.Data) as NumericToken)?.Int is null or 1, limit, keep: false));

    public static BoundedExpandingFilter RunLength(DecodedStreams streams, IFilter pdfPigFilter, ReportReaderOptions options) =>
        new(streams, pdfPigFilter, options, "a RunLength stream", (data, _, limit) => RunLengthDecoder.Decode(data.Span, limit, keep: false));

    public bool IsSupported => true;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        streams.ThrowIfRefused();
        if (filterIndex == 0)
        {
            // The kept bytes are the plain inflate: with predictor parameters PdfPig has more to do with them.
            var take = handsOverKeptBytes && !streamDictionary.Data.ContainsKey("DecodeParms") && !streamDictionary.Data.ContainsKey("DP");
            switch (streams.Find(input.Span, takeBytes: take, out var kept))
            {
                case DecodedStreams.Found.Kept:
                    return kept;
                case DecodedStreams.Found.Measured: // already counted within the limits
                    return pdfPigFilter.Decode(input, streamDictionary, filterProvider, filterIndex);
            }
        }

        try
        {
            var decoded = measure(input, DecodeParameterResolver.GetFilterParameters(streamDictionary, filterIndex), streams.NextStreamLimit(options));
            streams.CountOrRefuse(decoded.Length, options, name);
        }
        catch (InvalidDataException)
        {
            // Damaged within the limits: PdfPig's filter fails on it at the same point.
        }
        return pdfPigFilter.Decode(input, streamDictionary, filterProvider, filterIndex);
    }
}
