using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// Flate for PdfPig: a stream the preflight inflated whole is handed over as it is, one it measured is left to PdfPig's
/// own filter. Anything else (a stream behind another filter, or one the preflight did not find) is first inflated here
/// within the limits and only then given to PdfPig's filter, so no stream, however it is wrapped, inflates past them.
/// </summary>
internal sealed class BoundedFlateFilter(DecodedStreams streams, IFilter pdfPigFlate, ReportReaderOptions options) : IFilter
{
    public bool IsSupported => true;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        streams.ThrowIfRefused();
        if (filterIndex == 0)
        {
            // The kept bytes are the plain inflate: with predictor parameters PdfPig has more to do with them.
            var plain = !streamDictionary.Data.ContainsKey("DecodeParms") && !streamDictionary.Data.ContainsKey("DP");
            switch (streams.Find(input.Span, takeBytes: plain, out var decoded))
            {
                case DecodedStreams.Found.Kept:
                    return decoded;
                case DecodedStreams.Found.Measured: // already counted within the limits
                    return pdfPigFlate.Decode(input, streamDictionary, filterProvider, filterIndex);
            }
        }

        var inflated = FlateInflater.Inflate(input, streams.NextStreamLimit(options), keep: false);
        streams.CountOrRefuse(inflated.Length, options, "a Flate stream");
        return pdfPigFlate.Decode(input, streamDictionary, filterProvider, filterIndex);
    }
}
