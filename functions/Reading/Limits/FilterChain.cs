using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Reading.Limits;

/// <summary>
/// Decodes a stream through its filters within a limit, for the preflight: every stage stops once it passes the
/// limit, so no chain (a bomb behind hex, say) can be made to grow past it. Image filters end the chain: the reader
/// never decodes pixels.
/// </summary>
internal static class FilterChain
{
    private static readonly DictionaryToken NoParameters = new(new Dictionary<NameToken, IToken>());

    /// <param name="Length">What the last filter produced; past the limit, more than the limit.</param>
    /// <param name="Damaged">A filter failed on the data, as PdfPig's will: the length is then only the data so far.</param>
    /// <param name="FirstStage">What the first filter produced, when asked for and it was Flate (PdfPig is handed it).</param>
    /// <param name="Final">What the last filter produced, when asked for (an object stream's objects, to be checked in turn).</param>
    public readonly record struct Decoded(long Length, bool Damaged, byte[]? FirstStage, byte[]? Final = null);

    public static Decoded Decode(ReadOnlyMemory<byte> raw, IReadOnlyList<StreamFilter> filters, bool lzwEarlyChange, long limit, bool keepFirstFlate, bool keepFinal = false)
    {
        var data = raw;
        byte[]? firstStage = null;
        for (var i = 0; i < filters.Count && filters[i] != StreamFilter.Image; i++)
        {
            var last = i == filters.Count - 1 || filters[i + 1] == StreamFilter.Image;
            BoundedDecode stage;
            try
            {
                stage = Stage(data, filters[i], lzwEarlyChange, limit, keep: !last || keepFinal || (i == 0 && keepFirstFlate && filters[0] == StreamFilter.Flate));
            }
            catch (Exception e) when (e is InvalidDataException or FormatException or InvalidOperationException or IndexOutOfRangeException or ArgumentException)
            {
                // PdfPig's filter fails on it too. Every stage so far stayed within the limit; the stream is counted at
                // the size it had before the failing filter.
                return new Decoded(data.Length, Damaged: true, firstStage);
            }
            if (stage.Length > limit) return new Decoded(stage.Length, Damaged: false, null);
            if (i == 0 && keepFirstFlate && filters[0] == StreamFilter.Flate && stage.Whole) firstStage = stage.Bytes;
            if (last) return new Decoded(stage.Length, Damaged: false, firstStage, keepFinal ? stage.Bytes : null);
            data = stage.Bytes ?? [];
        }
        return new Decoded(data.Length, Damaged: false, firstStage, keepFinal ? data.ToArray() : null);
    }

    private static BoundedDecode Stage(ReadOnlyMemory<byte> data, StreamFilter filter, bool lzwEarlyChange, long limit, bool keep)
    {
        switch (filter)
        {
            case StreamFilter.Flate:
                var inflated = FlateInflater.Inflate(data, limit, keep);
                return inflated.Length > limit ? BoundedDecode.OverLimit(inflated.Length) : new BoundedDecode(inflated.Length, inflated.Bytes, inflated.Complete);
            case StreamFilter.Lzw:
                return LzwDecoder.Decode(data.Span, lzwEarlyChange, limit, keep);
            case StreamFilter.RunLength:
                return RunLengthDecoder.Decode(data.Span, limit, keep);
            default:
                // Hex and ASCII85 shrink the data or, at most, quadruple it ('z'): PdfPig's own filters are safe to run.
                var decoded = (filter == StreamFilter.AsciiHex ? (IFilter)new AsciiHexDecodeFilter() : new Ascii85Filter())
                    .Decode(data.ToArray(), NoParameters, DefaultFilterProvider.Instance, 0).ToArray();
                return decoded.Length > limit ? BoundedDecode.OverLimit(decoded.Length) : new BoundedDecode(decoded.Length, decoded);
        }
    }
}
