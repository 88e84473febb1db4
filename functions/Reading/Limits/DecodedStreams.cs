namespace Publishing.Reading.Limits;

/// <summary>
/// One document's Flate streams as the preflight inflated them, handed to PdfPig when it asks for the same bytes, so
/// each stream is inflated once, not once to measure and once to read. Also keeps the running total of what was
/// inflated, and the refusal when a limit was passed.
/// </summary>
internal sealed class DecodedStreams(byte[] pdf)
{
    private readonly Dictionary<int, List<(int Start, byte[] Decoded)>> _byRawLength = [];

    public long TotalDecoded { get; private set; }

    /// <summary>Set once a stream or the document passed a limit; the read is refused with it.</summary>
    public ReadFailure? Refusal { get; set; }

    public void Count(long decoded) => TotalDecoded += decoded;

    /// <summary>Keeps a stream that inflated completely. PdfPig cuts stream data by /Length, which may or may not
    /// include the end-of-line before 'endstream': both are looked up. Deflate data ends before its four checksum
    /// bytes, so the two inflate alike; only a stream with no checksum whose last deflate byte is itself CR or LF
    /// would read whole here where PdfPig alone would cut it short.</summary>
    public void Keep(int start, int end, byte[] decoded)
    {
        Register(end - start, start, decoded);
        if (end - start >= 1 && pdf[end - 1] is (byte)'\n' or (byte)'\r') Register(end - 1 - start, start, decoded);
        if (end - start >= 2 && pdf[end - 2] == '\r' && pdf[end - 1] == '\n') Register(end - 2 - start, start, decoded);
    }

    /// <summary>The decoded form of exactly these raw bytes, if the preflight kept it.</summary>
    public bool TryGet(ReadOnlySpan<byte> raw, out byte[] decoded)
    {
        if (_byRawLength.TryGetValue(raw.Length, out var candidates))
        {
            foreach (var (start, bytes) in candidates)
            {
                if (!pdf.AsSpan(start, raw.Length).SequenceEqual(raw)) continue;
                decoded = bytes;
                return true;
            }
        }
        decoded = [];
        return false;
    }

    private void Register(int length, int start, byte[] decoded)
    {
        if (!_byRawLength.TryGetValue(length, out var candidates)) _byRawLength[length] = candidates = [];
        candidates.Add((start, decoded));
    }
}
