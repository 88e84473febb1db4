using System.Text;
using Publishing.Reading;
using Publishing.Tests.Samples;

namespace Publishing.Tests.Reading.Hostile;

/// <summary>
/// The generated corpus of hostile and broken report inputs: every case is built here from code (never
/// downloaded), named, and paired with the outcome the reader must give. Shared by the reader and host tests, the
/// hostile benchmark (linked source) and the fuzz seeds (written out by the benchmark).
/// </summary>
public static class HostileCorpus
{
    /// <summary>The limits the tests hold the reader to: the defaults, with a time budget short enough for a test run.</summary>
    public static ReportReaderOptions Limits() => new() { TimeBudget = TimeSpan.FromSeconds(5) };

    private static readonly Lazy<byte[]> Sample = new(() => FictionalReport.Build());

    private static readonly string GlyphFloodContent = "BT /F1 1 Tf 0 0 Td (" + new string('x', 3_000_000) + ") Tj ET";

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        new("sample-report", "the project's own sample report, untouched (the control)", () => Sample.Value, null),
        new("zero-bytes", "an empty blob", () => [], ReadFailureKind.NotAPdf, "zero bytes"),
        new("html-error-page", "an HTML error page saved as .pdf", () => Ascii("<!doctype html><title>404 Not Found</title>"), ReadFailureKind.NotAPdf, "<!doctype"),
        new("random-bytes", "64 KB of random bytes", () => RandomBytes(64 * 1024, seed: 7), ReadFailureKind.NotAPdf, "content starting"),
        new("null-bytes-only", "64 KB of zero bytes", () => new byte[64 * 1024], ReadFailureKind.NotAPdf, "content starting"),
        new("header-only", "a PDF header and nothing else", () => Ascii("%PDF-1.7\n"), ReadFailureKind.CorruptPdf, "damaged"),
        new("header-then-garbage", "a PDF header followed by random bytes", () => [.. Ascii("%PDF-1.4\n"), .. RandomBytes(32 * 1024, seed: 11)], ReadFailureKind.CorruptPdf, "damaged"),
        new("truncated-10pc", "the sample cut to its first 10%", () => Cut(Sample.Value, 0.10), ReadFailureKind.CorruptPdf, "damaged"),
        new("truncated-50pc", "the sample cut to its first half", () => Cut(Sample.Value, 0.50), ReadFailureKind.CorruptPdf, "damaged"),
        new("truncated-90pc", "the sample cut to its first 90% (xref and trailer lost)", () => Cut(Sample.Value, 0.90), ReadFailureKind.CorruptPdf, "damaged"),
        new("truncated-before-eof", "the sample without its last 20 bytes (startxref cut)", () => Sample.Value[..^20], null),
        new("encrypted", "the sample with a Standard security handler no password opens", () => Encrypted(Sample.Value), ReadFailureKind.Encrypted, "password"),
        new("image-only", "one page of drawing and no text, as a scan", FictionalReport.WithoutText, ReadFailureKind.NoText, "without extractable text"),
        new("not-ofsted", "a well-formed PDF about something else", FictionalReport.NotAReport, ReadFailureKind.NotAnOfstedReport, "parish council"),
        new("table-missing", "an Ofsted-like report without its judgement table", () => FictionalReport.Build(withTable: false), ReadFailureKind.UnknownLayout, "no judgement table"),
        new("table-unknown-grades", "every grade an unknown word", () => FictionalReport.Build(FictionalReport.Rows.Select(r => r with { Grade = "Splendid" }).ToList()), ReadFailureKind.UnknownLayout, ""),
        new("table-rows-missing", "two judgement rows left out", () => FictionalReport.Build(FictionalReport.Rows.Where((_, i) => i is not (1 or 2)).ToList()), ReadFailureKind.UnknownLayout, ""),
        new("table-rows-duplicated", "every judgement row printed twice", () => FictionalReport.Build(FictionalReport.Rows.SelectMany(r => new[] { r, r }).ToList()), ReadFailureKind.UnknownLayout, ""),
        new("two-thousand-pages", "2,000 pages of text", () => ManyPages(2000), ReadFailureKind.TooLarge, "2000 pages"),
        new("deeply-nested-arrays", "an object of 100,000 nested arrays", () => Nested("[", "]", 100_000), ReadFailureKind.CorruptPdf, "nested more than"),
        new("deeply-nested-dictionaries", "an object of 50,000 nested dictionaries", () => Nested("<< /A ", ">>", 50_000), ReadFailureKind.CorruptPdf, "nested more than"),
        new("nested-arrays-in-content", "a content stream of 100,000 nested arrays", () => RawPdf.OnePage("BT /F1 12 Tf 70 760 Td " + new string('[', 100_000) + new string(']', 100_000) + " TJ ET").Build(), ReadFailureKind.CorruptPdf, "nesting depth"),
        new("nested-arrays-in-object-stream", "an object stream holding an object of 50,000 nested arrays", () => NestedInObjectStream("/FlateDecode", data => RawPdf.Deflate(data)), ReadFailureKind.CorruptPdf, "nested more than"),
        new("nested-arrays-in-object-stream-behind-hex", "the same object stream, Flate behind /ASCIIHexDecode", () => NestedInObjectStream("[/ASCIIHexDecode /FlateDecode]", data => Ascii(Convert.ToHexString(RawPdf.Deflate(data)) + ">")), ReadFailureKind.CorruptPdf, "nested more than"),
        new("nested-arrays-in-lzw-object-stream", "the same object stream in LZW", () => NestedInObjectStream("/LZWDecode", data => RawLzw.Encode(data)), ReadFailureKind.CorruptPdf, "nested more than"),
        new("circular-page-tree", "a page tree whose kid is the tree itself", CircularPageTree, ReadFailureKind.NoText, "no pages"),
        new("circular-references", "two objects that refer to each other as the page's contents", CircularReferences, ReadFailureKind.CorruptPdf, "loop"),
        new("self-referencing-length", "a stream whose /Length refers to the stream itself", () => RawPdf.OnePage(RawPdf.Text("Hello world"), contentEntries: "/Length 5 0 R").Build(), ReadFailureKind.CorruptPdf, "damaged"),
        new("missing-root", "a trailer whose /Root names an object that does not exist", () => RawPdf.OnePage(RawPdf.Text("Hello")).Build(root: 99), ReadFailureKind.CorruptPdf, ""),
        new("huge-file", "65 MB: a stream past the byte limit", () => HugeStream(65L * 1024 * 1024), ReadFailureKind.TooLarge, "bytes"),
        new("huge-declared-length", "a stream declaring a /Length of 9,999,999,999 bytes", () => RawPdf.OnePage(RawPdf.Text("Hello world"), contentEntries: "/Length 9999999999").Build(), ReadFailureKind.CorruptPdf, "damaged"),
        new("flate-bomb", "a 250 KB Flate stream that inflates to 256 MB", () => FlatePage(RawPdf.DeflatedZeros(256L << 20)), ReadFailureKind.TooLarge, "decompression bomb"),
        new("flate-bomb-bad-header", "a Flate bomb whose two zlib header bytes are wrong (zlib refuses it; PdfPig skips them and inflates)", () => FlatePage([0, 0, .. RawPdf.DeflatedZeros(256L << 20)[2..]]), ReadFailureKind.TooLarge, "decompression bomb"),
        new("flate-bomb-behind-hex", "a Flate bomb written out in hex, behind /ASCIIHexDecode", () => FlatePage(Ascii(Convert.ToHexString(RawPdf.DeflatedZeros(256L << 20)) + ">"), filters: "[/ASCIIHexDecode /FlateDecode]"), ReadFailureKind.TooLarge, "decompression bomb"),
        new("flate-bombs-many", "forty Flate streams of 8 MB each (320 MB in all)", ManySmallBombs, ReadFailureKind.TooLarge, "in all"),
        new("lzw-bomb", "a 200 KB LZW stream that decodes to 256 MB", () => FlatePage(RawLzw.Bomb(256L << 20), filters: "/LZWDecode"), ReadFailureKind.TooLarge, "decompression bomb"),
        new("lzw-bomb-behind-hex", "an LZW bomb written out in hex, behind /ASCIIHexDecode", () => FlatePage(Ascii(Convert.ToHexString(RawLzw.Bomb(256L << 20)) + ">"), filters: "[/AHx /LZW]"), ReadFailureKind.TooLarge, "decompression bomb"),
        new("run-length-bomb", "4 MB of RunLength runs that decode to 256 MB", () => FlatePage(RunLengthZeros(256L << 20), filters: "/RunLengthDecode"), ReadFailureKind.TooLarge, "decompression bomb"),
        new("lzw-glyph-flood", "one page of 3,000,000 glyphs in a small LZW stream", () => FlatePage(RawLzw.Encode(Latin1(GlyphFloodContent)), filters: "/LZWDecode"), ReadFailureKind.TooLarge, "page 1 with"),
        new("glyph-flood-behind-hex", "one page of 3,000,000 glyphs, Flate behind /ASCIIHexDecode", () => FlatePage(Ascii(Convert.ToHexString(RawPdf.Deflate(Latin1(GlyphFloodContent))) + ">"), filters: "[/ASCIIHexDecode /FlateDecode]"), ReadFailureKind.TooLarge, "page 1 with"),
        new("glyph-flood-indirect-filter", "one page of 3,000,000 glyphs in Flate named by an indirect /Filter", IndirectFilterGlyphFlood, ReadFailureKind.TooLarge, "page 1 with"),
        new("lzw-text", "a page of text in an LZW stream (decoded and read)", () => FlatePage(RawLzw.Encode(Latin1(RawPdf.Text("Hello world from LZW"))), filters: "/LZWDecode"), ReadFailureKind.NotAnOfstedReport, "Hello world from LZW"),
        new("run-length-text", "a page of text in a RunLength stream (decoded and read)", () => FlatePage(RunLengthLiterals(Latin1(RawPdf.Text("Hello world from RunLength"))), filters: "/RunLengthDecode"), ReadFailureKind.NotAnOfstedReport, "Hello world from RunLength"),
        new("lzw-truncated", "an LZW stream cut off before its end marker", () => FlatePage(RawLzw.Encode(Latin1(RawPdf.Text("Hello world")))[..10], filters: "/LZWDecode"), ReadFailureKind.CorruptPdf, "end of the bit stream"),
        new("flate-preset-dictionary", "a zlib stream asking for a preset dictionary, which zlib refuses outright", () => FlatePage([0x78, 0xBB, 0, 0, 0, 1, .. RandomBytes(256, seed: 9)]), ReadFailureKind.NoText, ""),
        new("flate-garbage", "a stream marked Flate whose data is not", () => FlatePage(RandomBytes(4096, seed: 3)), ReadFailureKind.NoText, ""),
        new("xref-offsets-wrong", "the sample with every xref offset shifted by 7 bytes", () => ShiftXref(Sample.Value, 7), null),
        new("startxref-wrong", "the sample with startxref pointing at byte 0", () => WrongStartXref(Sample.Value, "0"), null),
        new("startxref-past-end", "the sample with startxref pointing past the end of the file", () => WrongStartXref(Sample.Value, "999999999"), null),
        new("no-xref", "a one-page PDF without any xref table or startxref", () => RawPdf.OnePage(RawPdf.Text("Hello world")).Build(xref: false), ReadFailureKind.NotAnOfstedReport, "Hello world"),
        new("null-bytes-inside", "the sample with 4 KB of zero bytes inserted before its first object", () => Insert(Sample.Value, "1 0 obj", new byte[4096]), null),
        new("javascript-action", "the sample with a JavaScript OpenAction in its catalog", () => WithJavaScript(Sample.Value), null),
        new("missing-font", "text in a font the page does not define", () => RawPdf.OnePage("BT /F9 12 Tf 70 760 Td (Hello world) Tj ET").Build(), ReadFailureKind.NoText, ""),
        new("font-garbage-program", "a TrueType font whose program is random bytes", GarbageFontProgram, ReadFailureKind.NoText, ""),
        new("font-wrong-encoding", "a font with an unknown /Encoding and a Differences array of nonsense", () => RawPdf.OnePage(RawPdf.Text("Hello world"), font: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /NoSuchEncoding /Differences [32 /xyz /bogus 72 /H /e] >> >>").Build(), ReadFailureKind.NotAnOfstedReport, ""),
        new("page-count-lies", "a page tree claiming 1,000,000 pages with one kid", () => PageTreeCount("1000000"), ReadFailureKind.NotAnOfstedReport, "Hello world"),
        new("page-count-negative", "a page tree claiming -5 pages", () => PageTreeCount("-5"), ReadFailureKind.NotAnOfstedReport, "Hello world"),
        new("huge-object-number", "an object numbered 2,147,483,647 referenced from the catalog", HugeObjectNumber, ReadFailureKind.NoText, "without extractable text"),
        new("glyph-flood", "one page of 3,000,000 glyphs in a 14 KB Flate stream", GlyphFlood, ReadFailureKind.TooLarge, "page 1 with"),
        new("many-glyphs", "one page showing 50,000 glyphs", () => RawPdf.OnePage("BT /F1 1 Tf 0 0 Td " + string.Concat(Enumerable.Repeat("(xxxxxxxxxx) Tj ", 5_000)) + "ET").Build(), ReadFailureKind.NotAnOfstedReport, "xxxxxxxxxx"),
        new("form-xobjects-drawing-each-other", "two form XObjects that draw each other (X1 → X2 → X1)", HostileDrawing.TwoFormsDrawingEachOther, ReadFailureKind.CorruptPdf, "loop"),
        new("form-xobject-drawing-itself", "a form XObject that draws itself (PdfPig alone cut this loop short)", HostileDrawing.FormDrawingItselfByAnotherName, ReadFailureKind.CorruptPdf, "loop"),
        new("form-xobjects-nested-deep", "a chain of 20,000 distinct form XObjects, each drawing the next", () => HostileDrawing.FormsNestedDeep(20_000), ReadFailureKind.CorruptPdf, "nested more than"),
        new("form-xobject-tree", "seven levels of forms each drawing the next ten times (10,000,000 leaves of ten glyphs)", () => HostileDrawing.FormTree(7), ReadFailureKind.TooLarge, "more XObjects drawn"),
        new("glyph-form-drawn-often", "a form of 5,000 glyphs drawn 100 times", HostileDrawing.GlyphFormDrawnOften, ReadFailureKind.TooLarge, "more text"),
        new("shading-function-loop", "a shading whose stitching function lists itself", HostileDrawing.ShadingFunctionLoop, ReadFailureKind.CorruptPdf, "loop"),
        new("pattern-function-loop", "a pattern whose shading's stitching function lists itself", HostileDrawing.PatternFunctionLoop, ReadFailureKind.CorruptPdf, "loop"),
        new("type3-glyph-procedure-flood", "a Type 3 font whose one glyph procedure draws 600,000 rectangles", HostileDrawing.Type3GlyphProcedureFlood, ReadFailureKind.TooLarge, "more operators"),
        new("function-chain-deep", "50,000 stitching functions, each the only part of the one before", () => HostileDrawing.FunctionChainDeep(50_000), ReadFailureKind.CorruptPdf, "more than 32 deep"),
    ];

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] Cut(byte[] pdf, double fraction) => pdf[..(int)(pdf.Length * fraction)];

    private static string Latin1(byte[] pdf) => Encoding.Latin1.GetString(pdf);

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);

    /// <summary>A one-page document whose content stream is <paramref name="data"/>, marked Flate (or with the filters given).</summary>
    private static byte[] FlatePage(byte[] data, string filters = "/FlateDecode")
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        pdf.Add(RawPdf.Helvetica);
        pdf.AddStream("/Filter " + filters, data);
        return pdf.Build();
    }

    /// <summary>Adds a Standard security handler to the trailer; no password opens it.</summary>
    private static byte[] Encrypted(byte[] pdf)
    {
        var text = Latin1(pdf);
        var at = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var dict = text.IndexOf("<<", at, StringComparison.Ordinal);
        var encrypt = "<< /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ";
        return Latin1(text[..dict] + encrypt + text[(dict + 2)..]);
    }

    private static byte[] ManyPages(int count)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        var kids = string.Join(" ", Enumerable.Range(0, count).Select(i => $"{5 + i} 0 R"));
        pdf.Add($"<< /Type /Pages /Kids [{kids}] /Count {count} >>");
        pdf.Add(RawPdf.Helvetica);
        pdf.AddStream("", Latin1(RawPdf.Text("Page of a very long document")));
        for (var i = 0; i < count; i++)
            pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>");
        return pdf.Build();
    }

    private static byte[] Nested(string open, string close, int depth)
    {
        var pdf = RawPdf.OnePage(RawPdf.Text("Hello world"));
        pdf.Add(string.Concat(Enumerable.Repeat(open, depth)) + string.Concat(Enumerable.Repeat(close, depth)));
        return pdf.Build(trailerExtra: "/Info 6 0 R ");
    }

    private static byte[] CircularPageTree()
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>");
        return pdf.Build();
    }

    private static byte[] CircularReferences()
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources 5 0 R >>");
        pdf.Add("5 0 R");
        pdf.Add("4 0 R");
        return pdf.Build();
    }

    private static byte[] HugeStream(long length)
    {
        var pdf = RawPdf.OnePage(RawPdf.Text("Hello world"));
        pdf.AddStream("", new byte[length]);
        return pdf.Build();
    }

    /// <summary>The glyph flood with "/Filter 6 0 R", object 6 being /FlateDecode: the filter is not in the stream's own bytes.</summary>
    private static byte[] IndirectFilterGlyphFlood()
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        pdf.Add(RawPdf.Helvetica);
        pdf.AddStream("/Filter 6 0 R", RawPdf.Deflate(Latin1(GlyphFloodContent)));
        pdf.Add("/FlateDecode");
        return pdf.Build();
    }

    /// <summary>A page of text beside an object stream (filtered as given) whose one object nests 50,000 arrays deep.</summary>
    private static byte[] NestedInObjectStream(string filters, Func<byte[], byte[]> encode)
    {
        var objects = Latin1("6 0 " + new string('[', 50_000) + new string(']', 50_000));
        var pdf = RawPdf.OnePage(RawPdf.Text("Hello world"));
        pdf.AddStream($"/Type /ObjStm /N 1 /First 4 /Filter {filters}", encode(objects));
        return pdf.Build();
    }

    private static byte[] ManySmallBombs()
    {
        var bomb = RawPdf.DeflatedZeros(8L * 1024 * 1024);
        var pdf = RawPdf.OnePage(RawPdf.Text("Hello world"));
        for (var i = 0; i < 40; i++) pdf.AddStream("/Filter /FlateDecode", bomb);
        return pdf.Build();
    }

    private static byte[] ShiftXref(byte[] pdf, int by)
    {
        var text = Latin1(pdf);
        var start = text.LastIndexOf("\nxref", StringComparison.Ordinal);
        var end = text.IndexOf("trailer", start, StringComparison.Ordinal);
        var table = System.Text.RegularExpressions.Regex.Replace(text[start..end], @"(\d{10}) 00000 n", m => $"{long.Parse(m.Groups[1].Value) + by:D10} 00000 n");
        return Latin1(text[..start] + table + text[end..]);
    }

    private static byte[] WrongStartXref(byte[] pdf, string value)
    {
        var text = Latin1(pdf);
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var eol = text.IndexOf('\n', at + "startxref".Length + 1);
        return Latin1(text[..at] + "startxref\n" + value + text[eol..]);
    }

    private static byte[] Insert(byte[] pdf, string before, byte[] insertion)
    {
        var at = Latin1(pdf).IndexOf(before, StringComparison.Ordinal);
        return [.. pdf[..at], .. insertion, .. pdf[at..]];
    }

    private static byte[] WithJavaScript(byte[] pdf)
    {
        var text = Latin1(pdf);
        var catalog = text.IndexOf("/Type /Catalog", StringComparison.Ordinal);
        return Latin1(text[..catalog] + "/OpenAction << /S /JavaScript /JS (app.alert\\('hello'\\); this.exportDataObject\\({cName: 'x'}\\);) >> " + text[catalog..]);
    }

    private static byte[] GarbageFontProgram()
    {
        var pdf = RawPdf.OnePage(RawPdf.Text("Hello world"), font: "<< /Type /Font /Subtype /TrueType /BaseFont /Garbage /FirstChar 32 /LastChar 126 /FontDescriptor 6 0 R >>");
        pdf.Add("<< /Type /FontDescriptor /FontName /Garbage /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 7 0 R >>");
        pdf.AddStream("", RandomBytes(8192, seed: 5));
        return pdf.Build();
    }

    private static byte[] GlyphFlood() => FlatePage(RawPdf.Deflate(Latin1(GlyphFloodContent)));

    /// <summary>Runs of 128 zero bytes, two bytes each.</summary>
    private static byte[] RunLengthZeros(long length) => [.. Enumerable.Range(0, (int)(length / 128)).SelectMany(_ => new byte[] { 129, 0 }), 128];

    /// <summary>The data as RunLength literal runs (at most 128 bytes each).</summary>
    private static byte[] RunLengthLiterals(byte[] data) =>
        [.. data.Chunk(128).SelectMany(run => (byte[])[(byte)(run.Length - 1), .. run]), 128];

    private static byte[] PageTreeCount(string count)
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add($"<< /Type /Pages /Kids [3 0 R] /Count {count} >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
        pdf.Add(RawPdf.Helvetica);
        pdf.AddStream("", Latin1(RawPdf.Text("Hello world")));
        return pdf.Build();
    }

    private static byte[] HugeObjectNumber()
    {
        var text = Latin1(RawPdf.OnePage(RawPdf.Text("Hello world")).Build());
        return Latin1(text.Replace("/Pages 2 0 R", "/Pages 2147483647 0 R", StringComparison.Ordinal));
    }
}
