namespace Publishing.Reading.Limits;

/// <summary>
/// Finds a top-level object's body in the raw bytes by its number ("6 0 obj /FlateDecode endobj"), for the few entries
/// the preflight must follow before PdfPig parses anything (a stream's /Filter given as a reference). The index is
/// built on first use, in one pass; objects stored inside object streams are not found.
/// </summary>
internal sealed class IndirectObjects(byte[] pdf)
{
    private Dictionary<long, int>? _bodyStarts;

    /// <summary>The object's body up to its "endobj", at most <paramref name="maxLength"/> bytes; empty when not found.</summary>
    public ReadOnlySpan<byte> Body(long number, int maxLength = 1024)
    {
        _bodyStarts ??= Index();
        if (!_bodyStarts.TryGetValue(number, out var start)) return [];
        var body = pdf.AsSpan(start, Math.Min(maxLength, pdf.Length - start));
        var end = body.IndexOf("endobj"u8);
        return end >= 0 ? body[..end] : body;
    }

    private Dictionary<long, int> Index()
    {
        var starts = new Dictionary<long, int>();
        for (var headers = new ObjectHeaders(pdf); headers.MoveNext();) starts.TryAdd(headers.Number, headers.BodyStart);
        return starts;
    }
}
