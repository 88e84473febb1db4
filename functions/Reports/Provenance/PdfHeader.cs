namespace Publishing.Reports.Provenance;

/// <summary>
/// A report must begin with its PDF header at byte 0 (<c>%PDF-1.x</c>). PDF readers tolerate up to 1 KB of anything
/// first, which is how an HTML or ZIP file with a PDF inside was accepted and then served back as the report.
/// </summary>
public static class PdfHeader
{
    public static bool IsAtStart(ReadOnlySpan<byte> content) =>
        content.Length >= 8 && content[..5].SequenceEqual("%PDF-"u8) && char.IsAsciiDigit((char)content[5]) && content[6] == '.' && char.IsAsciiDigit((char)content[7]);

    public static string Describe(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0) return "zero bytes";
        var head = content[..Math.Min(content.Length, 16)];
        var printable = new char[head.Length];
        for (var i = 0; i < head.Length; i++) printable[i] = head[i] is >= 32 and < 127 ? (char)head[i] : '.';
        return $"content starting '{new string(printable)}'";
    }
}
