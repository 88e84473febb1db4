using System.Text;

namespace Publishing.Tests.Reading.Hostile;

/// <summary>
/// Documents whose drawing, not their bytes, is the attack: form XObjects that draw each other (PdfPig recursed until
/// the stack overflowed and the process aborted), trees of forms that multiply the work of a few bytes, and resource
/// objects (shadings, patterns, functions) that refer to each other or chain thousands deep.
/// </summary>
public static class HostileDrawing
{
    private const string Form = "/Type /XObject /Subtype /Form /BBox [0 0 100 100]";

    /// <summary>X1 draws X2 and X2 draws X1, each naming the other in its own resources (1.6 KB killed the process).</summary>
    public static byte[] TwoFormsDrawingEachOther()
    {
        var pdf = PageDrawing("/X1 Do", "/X1 6 0 R");
        pdf.AddStream($"{Form} /Resources << /XObject << /X2 7 0 R >> >>", Latin1("/X2 Do"));
        pdf.AddStream($"{Form} /Resources << /XObject << /X1 6 0 R >> >>", Latin1("/X1 Do"));
        return pdf.Build();
    }

    /// <summary>A form that draws itself. PdfPig cuts this one loop short by itself (it drops a form's drawing of its
    /// own name); the walk refuses every loop alike rather than rely on that.</summary>
    public static byte[] FormDrawingItselfByAnotherName()
    {
        var pdf = PageDrawing("/X1 Do", "/X1 6 0 R");
        pdf.AddStream($"{Form} /Resources << /XObject << /Again 6 0 R >> >>", Latin1("/Again Do"));
        return pdf.Build();
    }

    /// <summary>A chain of <paramref name="depth"/> distinct forms, each drawing the next once: no loop, only depth.</summary>
    public static byte[] FormsNestedDeep(int depth)
    {
        var pdf = PageDrawing("/X Do", "/X 6 0 R");
        for (var i = 0; i < depth; i++) pdf.AddStream($"{Form} /Resources << /XObject << /X {7 + i} 0 R >> >>", Latin1("/X Do"));
        pdf.AddStream(Form, Latin1("0 0 1 1 re f"));
        return pdf.Build();
    }

    /// <summary>A tree of forms each drawing the next ten times, <paramref name="depth"/> levels, ten glyphs at each
    /// leaf: 10^depth leaves from a few kilobytes (depth 7 took 4.5 GB in 30 s).</summary>
    public static byte[] FormTree(int depth)
    {
        var pdf = PageDrawing("/X Do", "/X 6 0 R");
        for (var i = 0; i < depth; i++)
            pdf.AddStream($"{Form} /Resources << /XObject << /X {7 + i} 0 R >> >>", Latin1(string.Concat(Enumerable.Repeat("/X Do ", 10))));
        pdf.AddStream($"{Form} /Resources << /Font << /F1 4 0 R >> >>", Latin1("BT /F1 1 Tf (xxxxxxxxxx) Tj ET"));
        return pdf.Build();
    }

    /// <summary>One form of 5,000 glyphs drawn 100 times: few XObjects, but half a million glyphs on the page.</summary>
    public static byte[] GlyphFormDrawnOften()
    {
        var pdf = PageDrawing(string.Concat(Enumerable.Repeat("/G Do ", 100)), "/G 6 0 R");
        pdf.AddStream($"{Form} /Resources << /Font << /F1 4 0 R >> >>", Latin1("BT /F1 1 Tf " + string.Concat(Enumerable.Repeat("(xxxxxxxxxx) Tj ", 500)) + "ET"));
        return pdf.Build();
    }

    /// <summary>A page shading whose stitching function lists itself among its /Functions (843 bytes killed the process).</summary>
    public static byte[] ShadingFunctionLoop()
    {
        var pdf = PageWithResources("/Shading << /Sh1 6 0 R >>", "/Sh1 sh");
        pdf.Add("<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 1 1] /Function 7 0 R >>");
        pdf.Add("<< /FunctionType 3 /Domain [0 1] /Functions [7 0 R] /Bounds [] /Encode [0 1] >>");
        return pdf.Build();
    }

    /// <summary>The same loop one step further in: a pattern whose shading's function lists itself.</summary>
    public static byte[] PatternFunctionLoop()
    {
        var pdf = PageWithResources("/Pattern << /P1 6 0 R >>", "/Pattern cs /P1 scn 0 0 10 10 re f");
        pdf.Add("<< /PatternType 2 /Shading 7 0 R >>");
        pdf.Add("<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 1 1] /Function 8 0 R >>");
        pdf.Add("<< /FunctionType 3 /Domain [0 1] /Functions [8 0 R] /Bounds [] /Encode [0 1] >>");
        return pdf.Build();
    }

    /// <summary>No loop, only depth: <paramref name="depth"/> stitching functions, each the only part of the one before.</summary>
    public static byte[] FunctionChainDeep(int depth)
    {
        var pdf = PageWithResources("/Shading << /Sh1 6 0 R >>", "/Sh1 sh");
        pdf.Add("<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 1 1] /Function 7 0 R >>");
        for (var i = 0; i < depth; i++) pdf.Add($"<< /FunctionType 3 /Domain [0 1] /Functions [{8 + i} 0 R] /Bounds [] /Encode [0 1] >>");
        pdf.Add("<< /FunctionType 2 /Domain [0 1] /C0 [0] /C1 [1] /N 1 >>");
        return pdf.Build();
    }

    /// <summary>A Type 3 font whose one glyph procedure draws 600,000 rectangles: PdfPig parses the procedure to size the
    /// glyph (137 MB on the old reader), outside any page's content limit.</summary>
    public static byte[] Type3GlyphProcedureFlood()
    {
        var pdf = PageWithResources("", "BT /T3 12 Tf 70 700 Td (a) Tj ET", fonts: "/T3 6 0 R ");
        pdf.Add("<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /a 7 0 R >> /Encoding << /Type /Encoding /Differences [97 /a] >> /FirstChar 97 /LastChar 97 /Widths [1000] >>");
        pdf.AddStream("", Latin1("1000 0 0 0 1000 1000 d1 " + string.Concat(Enumerable.Repeat("0 0 1 1 re\n", 600_000))));
        return pdf.Build();
    }

    /// <summary>Catalog (1), pages (2), the page (3), Helvetica (4), its content (5): the page names
    /// <paramref name="xObjects"/> and draws a line of text, then <paramref name="drawing"/>.</summary>
    private static RawPdf PageDrawing(string drawing, string xObjects) =>
        PageWithResources($"/XObject << {xObjects} >>", drawing);

    private static RawPdf PageWithResources(string resources, string drawing, string fonts = "")
    {
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add($"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R {fonts}>> {resources} >> /Contents 5 0 R >>");
        pdf.Add(RawPdf.Helvetica);
        pdf.AddStream("", Latin1(RawPdf.Text("Hello world") + " " + drawing));
        return pdf;
    }

    private static byte[] Latin1(string text) => Encoding.Latin1.GetBytes(text);
}
