namespace Publishing.Reading.Limits;

/// <summary>
/// What the preflight learned of one document's Flate streams: each one's raw bytes, measured within the limits, and
/// for those that inflated whole, the inflated bytes, handed to PdfPig when it asks for the same raw bytes so each
/// stream is inflated once, not once to measure and once to read. Also the running total inflated, and the refusal
/// when a limit was passed.
/// </summary>
internal sealed class DecodedStreams(byte[] pdf)
{
    public enum Found
    {
        /// <summary>Not a stream the preflight measured (behind another filter, say): it must be measured now.</summary>
        Unknown,
        /// <summary>Measured within the limits, its inflated bytes not kept (or already handed over): safe to inflate.</summary>
        Measured,
        /// <summary>Measured, and here are its inflated bytes.</summary>
        Kept,
    }

    private sealed class Entry(int start, byte[]? decoded)
    {
        public int Start { get; } = start;
        public byte[]? Decoded { get; set; } = decoded;
    }

    private readonly Dictionary<int, List<Entry>> _byRawLength = [];

    public long TotalDecoded { get; private set; }

    /// <summary>Set once a stream or the document passed a limit; the read is refused with it.</summary>
    public ReadFailure? Refusal { get; set; }

    /// <summary>Throws the refusal when a limit was already passed: nothing more is decoded for this document.</summary>
    public void ThrowIfRefused()
    {
        if (Refusal is { } refused) throw new DecodeLimitExceededException(refused);
    }

    /// <summary>Counts a stream decoded while PdfPig reads (one the preflight did not measure), refusing the read when
    /// it passes a limit.</summary>
    public void CountOrRefuse(long decoded, ReportReaderOptions options, string stream)
    {
        if (Count(decoded, options, stream) is not { } tooLarge) return;
        Refusal = tooLarge;
        throw new DecodeLimitExceededException(tooLarge);
    }

    /// <summary>The most the next stream may inflate to before it or the document is known to pass a limit.</summary>
    public long NextStreamLimit(ReportReaderOptions options) => Math.Min(options.MaxDecodedStreamBytes, options.MaxDecodedTotalBytes - TotalDecoded);

    /// <summary>Adds one stream's inflated length to the document's total.</summary>
    /// <param name="stream">How the refusal names the stream ("a Flate stream at byte 1,234").</param>
    /// <returns>The refusal when the stream or the document passed its limit, else null.</returns>
    public ReadFailure? Count(long inflated, ReportReaderOptions options, string stream)
    {
        TotalDecoded += inflated;
        if (inflated > options.MaxDecodedStreamBytes)
            return new ReadFailure(ReadFailureKind.TooLarge, $"streams that decode to at most {options.MaxDecodedStreamBytes:N0} bytes", $"{stream} that decodes to more (a decompression bomb?)");
        if (TotalDecoded > options.MaxDecodedTotalBytes)
            return new ReadFailure(ReadFailureKind.TooLarge, $"streams that decode to at most {options.MaxDecodedTotalBytes:N0} bytes in all", "streams that decode to more in all (a decompression bomb?)");
        return null;
    }

    /// <summary>Records a stream measured within the limits, with its inflated bytes when it inflated whole. PdfPig
    /// cuts stream data by /Length, which may or may not include the end-of-line before 'endstream': each is looked up.
    /// Deflate data ends before its four checksum bytes, so they inflate alike; only a stream with no checksum whose
    /// last deflate byte is itself CR or LF would read whole here where PdfPig alone would cut it short.</summary>
    public void Measured(int start, int end, byte[]? decoded)
    {
        var entry = new Entry(start, decoded);
        Register(end - start, entry);
        if (end - start >= 1 && pdf[end - 1] is (byte)'\n' or (byte)'\r') Register(end - 1 - start, entry);
        if (end - start >= 2 && pdf[end - 2] == '\r' && pdf[end - 1] == '\n') Register(end - 2 - start, entry);
    }

    /// <summary>
    /// What is known of exactly these raw bytes. Kept bytes are handed over once (<paramref name="takeBytes"/>):
    /// PdfPig owns them from then on, so they live only as long as PdfPig needs them; asked again, the stream is
    /// <see cref="Found.Measured"/> and PdfPig inflates it itself. Over the corpus 4,938 of 5,232 decodes are handed over.
    /// </summary>
    public Found Find(ReadOnlySpan<byte> raw, bool takeBytes, out byte[] decoded)
    {
        decoded = [];
        if (!_byRawLength.TryGetValue(raw.Length, out var candidates)) return Found.Unknown;
        foreach (var entry in candidates)
        {
            if (!pdf.AsSpan(entry.Start, raw.Length).SequenceEqual(raw)) continue;
            if (!takeBytes || entry.Decoded is null) return Found.Measured;
            decoded = entry.Decoded;
            entry.Decoded = null;
            return Found.Kept;
        }
        return Found.Unknown;
    }

    /// <summary>The kept inflated bytes of exactly these raw bytes, left for PdfPig to take: for a look at a stream
    /// before PdfPig reads it (<see cref="PageWork"/>), without inflating it twice.</summary>
    public bool TryPeek(ReadOnlySpan<byte> raw, out byte[] decoded)
    {
        decoded = [];
        if (!_byRawLength.TryGetValue(raw.Length, out var candidates)) return false;
        foreach (var entry in candidates)
        {
            if (entry.Decoded is null || !pdf.AsSpan(entry.Start, raw.Length).SequenceEqual(raw)) continue;
            decoded = entry.Decoded;
            return true;
        }
        return false;
    }

    private void Register(int length, Entry entry)
    {
        if (!_byRawLength.TryGetValue(length, out var candidates)) _byRawLength[length] = candidates = [];
        candidates.Add(entry);
    }
}
