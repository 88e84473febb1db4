namespace Publishing.Reading.Limits;

/// <summary>
/// Checks the raw bytes of a PDF against the reader's memory and stack limits before PdfPig sees them: PdfPig parses
/// nested objects recursively (a stack overflow cannot be caught) and decodes Flate, LZW and RunLength streams without a
/// size limit (a few kilobytes can expand to gigabytes). One linear pass over the file plus one bounded decode of each
/// stream's filter chain, whose Flate result is kept in <see cref="DecodedStreams"/> for PdfPig to use instead of
/// inflating the stream again.
/// </summary>
internal static class PdfPreflight
{
    private static readonly byte[] StreamKeyword = "stream"u8.ToArray();
    private static readonly byte[] EndStreamKeyword = "endstream"u8.ToArray();

    /// <param name="streamBytes">Filled with each top-level stream object's decoded size (raw size if not Flate), by object number.</param>
    public static ReadFailure? Check(byte[] pdf, ReportReaderOptions options, IDictionary<long, long> streamBytes, DecodedStreams decoded)
    {
        if (ReferenceCycles.Find(pdf) is { } loop)
            return new ReadFailure(ReadFailureKind.CorruptPdf, "object references that lead somewhere", $"objects that refer to each other in a loop ({string.Join(" → ", loop)})");
        return Scan(pdf, options, decoded, streamBytes, insideObjectStream: false, new IndirectObjects(pdf));
    }

    private static ReadFailure? Scan(byte[] pdf, ReportReaderOptions options, DecodedStreams decoded, IDictionary<long, long> streamBytes, bool insideObjectStream, IndirectObjects objects)
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
                    var filters = StreamFilters.Parse(dictionary) ?? StreamFilters.ParseReferenced(dictionary, objects);
                    // An object stream holds compressed objects, whose nesting PdfPig parses recursively too. Images
                    // are not kept: the reader never asks PdfPig for their pixels.
                    var isObjectStream = dictionary.IndexOf("/ObjStm"u8) >= 0;
                    var keep = isObjectStream || dictionary.IndexOf("/Image"u8) < 0;
                    if (filters is null && IsFlate(dictionary)) filters = [StreamFilter.Flate];
                    if (filters is { Count: > 0 } && filters[0] != StreamFilter.Image)
                    {
                        // Flate, LZW and RunLength expand, and a bomb may hide behind hex: every chain is decoded within the limits.
                        var earlyChange = !filters.Contains(StreamFilter.Lzw) || StreamFilters.LzwEarlyChange(dictionary);
                        var chain = FilterChain.Decode(pdf.AsMemory(dataStart, dataEnd - dataStart), filters, earlyChange, decoded.NextStreamLimit(options), keepFirstFlate: keep, keepFinal: isObjectStream);
                        var name = filters is [StreamFilter.Flate] ? "a Flate stream" : $"a stream filtered by {string.Join(", ", filters)}";
                        if (decoded.Count(chain.Length, options, $"{name} at byte {i:N0}") is { } tooLarge) return tooLarge;
                        if (objectNumber is { } number) streamBytes[number] = chain.Length;
                        decoded.Measured(dataStart, dataEnd, chain.FirstStage);
                        if (chain.Final is { } objectsInStream && Scan(objectsInStream, options, decoded, streamBytes, insideObjectStream: true, objects) is { } nested) return nested;
                    }
                    // Stream data is binary: brackets inside it are not PDF syntax. Resume after 'endstream'.
                    i = dataEnd + EndStreamKeyword.Length - 1;
                    depth = 0;
                    break;
            }
        }
        return null;
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
