using System.IO.Compression;

namespace Publishing.Reading.Limits;

/// <summary>
/// Checks the raw bytes of a PDF against the reader's memory and stack limits before PdfPig sees them: PdfPig parses
/// nested objects recursively (a stack overflow cannot be caught) and inflates Flate streams without a size limit
/// (a few kilobytes can inflate to gigabytes). One linear pass over the file plus one bounded inflate per stream.
/// </summary>
internal static class PdfPreflight
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();

    /// <param name="streamBytes">Filled with each top-level stream object's decoded size (raw size if not Flate), by object number.</param>
    public static ReadFailure? Check(byte[] pdf, ReportReaderOptions options, IDictionary<long, long> streamBytes)
    {
        if (ReferenceCycles.Find(pdf) is { } loop)
            return new ReadFailure(ReadFailureKind.CorruptPdf, "object references that lead somewhere", $"objects that refer to each other in a loop ({string.Join(" → ", loop)})");
        long decodedTotal = 0;
        return Scan(pdf, options, ref decodedTotal, streamBytes, insideObjectStream: false);
    }

    private static ReadFailure? Scan(byte[] pdf, ReportReaderOptions options, ref long decodedTotal, IDictionary<long, long> streamBytes, bool insideObjectStream)
    {
        var depth = 0;
        for (var i = 0; i < pdf.Length; i++)
        {
            switch (pdf[i])
            {
                case (byte)'%':
                    while (i < pdf.Length && pdf[i] != '\n' && pdf[i] != '\r') i++;
                    break;
                case (byte)'(':
                    i = SkipLiteralString(pdf, i);
                    break;
                case (byte)'<' when i + 1 < pdf.Length && pdf[i + 1] == '<':
                case (byte)'[':
                    if (pdf[i] == '<') i++;
                    if (++depth > options.MaxNestingDepth)
                        return new ReadFailure(ReadFailureKind.CorruptPdf, $"objects nested at most {options.MaxNestingDepth} deep", $"objects nested more than {options.MaxNestingDepth} deep (at byte {i:N0})");
                    break;
                case (byte)'<':
                    while (i < pdf.Length && pdf[i] != '>') i++;
                    break;
                case (byte)'>' when i + 1 < pdf.Length && pdf[i + 1] == '>':
                case (byte)']':
                    if (pdf[i] == '>') i++;
                    depth = Math.Max(0, depth - 1);
                    break;
                case (byte)'s' when !insideObjectStream && IsKeyword(pdf, i, StreamKeyword):
                    var dictionaryStart = Math.Max(0, LastIndexOf(pdf, "obj"u8, i));
                    var dataStart = SkipEndOfLine(pdf, i + StreamKeyword.Length);
                    var dataEnd = IndexOf(pdf, EndStreamKeyword, dataStart);
                    if (dataEnd < 0) dataEnd = pdf.Length;
                    var dictionary = pdf.AsSpan(dictionaryStart, i - dictionaryStart);
                    var objectNumber = ReferenceCycles.ObjectNumberBefore(pdf, dictionaryStart);
                    if (objectNumber is { } raw) streamBytes[raw] = dataEnd - dataStart;
                    if (IsFlate(dictionary))
                    {
                        var limit = Math.Min(options.MaxDecodedStreamBytes, options.MaxDecodedTotalBytes - decodedTotal);
                        // An object stream holds compressed objects, whose nesting PdfPig parses recursively too.
                        var keep = dictionary.IndexOf("/ObjStm"u8) >= 0 ? new MemoryStream() : null;
                        var decoded = Inflate(pdf, dataStart, dataEnd - dataStart, limit, keep);
                        if (decoded > options.MaxDecodedStreamBytes)
                            return new ReadFailure(ReadFailureKind.TooLarge, $"streams that decode to at most {options.MaxDecodedStreamBytes:N0} bytes", $"a Flate stream at byte {i:N0} that decodes to more (a decompression bomb?)");
                        decodedTotal += decoded;
                        if (objectNumber is { } number) streamBytes[number] = decoded;
                        if (decodedTotal > options.MaxDecodedTotalBytes)
                            return new ReadFailure(ReadFailureKind.TooLarge, $"streams that decode to at most {options.MaxDecodedTotalBytes:N0} bytes in all", "streams that decode to more in all (a decompression bomb?)");
                        if (keep is not null && Scan(keep.ToArray(), options, ref decodedTotal, streamBytes, insideObjectStream: true) is { } nested) return nested;
                    }
                    // Stream data is binary: brackets inside it are not PDF syntax. Resume after 'endstream'.
                    i = dataEnd + EndStreamKeyword.Length - 1;
                    depth = 0;
                    break;
            }
        }
        return null;
    }

    /// <summary>Inflates at most <paramref name="limit"/> + 64 KB and counts the bytes (keeping them if asked); damaged data counts what inflated before the damage.</summary>
    private static long Inflate(byte[] pdf, int start, int length, long limit, MemoryStream? keep)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            using var inflater = new ZLibStream(new MemoryStream(pdf, start, length, writable: false), CompressionMode.Decompress);
            int n;
            while (total <= limit && (n = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                total += n;
                keep?.Write(buffer, 0, n);
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            // InvalidDataException for damaged data, ZLibException for what zlib refuses outright (a preset dictionary).
            // PdfPig decides what to make of a damaged stream; only its size matters here.
        }
        return total;
    }

    private static bool IsFlate(ReadOnlySpan<byte> dictionary) =>
        dictionary.IndexOf("/FlateDecode"u8) >= 0 || dictionary.IndexOf("/Fl "u8) >= 0 || dictionary.IndexOf("/Fl]"u8) >= 0 || dictionary.IndexOf("/Fl/"u8) >= 0;

    private static int SkipLiteralString(byte[] pdf, int i)
    {
        var open = 0;
        for (; i < pdf.Length; i++)
        {
            if (pdf[i] == '\\') { i++; continue; }
            if (pdf[i] == '(') open++;
            else if (pdf[i] == ')' && --open == 0) return i;
        }
        return i;
    }

    private static bool IsKeyword(byte[] pdf, int i, byte[] keyword)
    {
        if (!pdf.AsSpan(i).StartsWith(keyword)) return false;
        var after = i + keyword.Length;
        var before = i - 1;
        return (after >= pdf.Length || pdf[after] is (byte)'\r' or (byte)'\n')
            && (before < 0 || !char.IsAsciiLetter((char)pdf[before]));
    }

    private static int SkipEndOfLine(byte[] pdf, int i)
    {
        if (i < pdf.Length && pdf[i] == '\r') i++;
        if (i < pdf.Length && pdf[i] == '\n') i++;
        return i;
    }

    private static int IndexOf(byte[] pdf, ReadOnlySpan<byte> value, int from)
    {
        if (from >= pdf.Length) return -1;
        var found = pdf.AsSpan(from).IndexOf(value);
        return found < 0 ? -1 : from + found;
    }

    private static int LastIndexOf(byte[] pdf, ReadOnlySpan<byte> value, int before)
    {
        var window = Math.Max(0, before - 4096);
        var found = pdf.AsSpan(window, before - window).LastIndexOf(value);
        return found < 0 ? -1 : window + found;
    }
}
