namespace Publishing.Tests.Reading.Limits;

/// <summary>Checks that one of our bounded decoders and PdfPig's filter agree on an input: both fail, or both give the same bytes.</summary>
internal static class DecoderAgreement
{
    /// <returns>Whether the input decoded (rather than failed in both).</returns>
    public static bool Check(string input, Func<byte[]> ours, Func<byte[]> pdfPigs)
    {
        var (oursFailed, oursBytes) = Attempt(ours);
        var (pdfPigFailed, pdfPigBytes) = Attempt(pdfPigs);
        Assert.True(oursFailed == pdfPigFailed, $"{input}: ours {(oursFailed ? "failed" : "decoded")}, PdfPig's {(pdfPigFailed ? "failed" : "decoded")}");
        Assert.True(oursBytes.AsSpan().SequenceEqual(pdfPigBytes), $"{input}: {oursBytes.Length} bytes against PdfPig's {pdfPigBytes.Length}");
        return !oursFailed;
    }

    private static (bool Failed, byte[] Bytes) Attempt(Func<byte[]> decode)
    {
        try
        {
            return (false, decode());
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return (true, []);
        }
    }
}
