using System.Text;
using Publishing.Reading;
using Publishing.Reading.Limits;
using Publishing.Tests.Reading.Hostile;

namespace Publishing.Tests.Reading.Limits;

/// <summary>
/// The drawing walk before PdfPig draws a page. The loops here aborted the process on the old reader (rc 134, checked
/// with <c>publishing read</c>), so they can only be run in-process once the walk refuses them.
/// </summary>
public sealed class PageWorkTests
{
    private static ReadResult Read(byte[] pdf, ReportReaderOptions? options = null) => new ReportReader(options ?? HostileCorpus.Limits()).ReadPdf(pdf);

    [Fact]
    public void ReadPdf_TwoFormsDrawingEachOther_FailsTypedNamingTheLoop()
    {
        var result = Read(HostileDrawing.TwoFormsDrawingEachOther());

        Assert.False(result.Succeeded);
        Assert.Equal(ReadFailureKind.CorruptPdf, result.Failure.Kind);
        Assert.Contains("page 1 that draw each other in a loop (objects 6 → 7 → 6)", result.Failure.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPdf_FormTreeUnderTheXObjectLimit_IsCountedThroughTheNesting()
    {
        // Three levels of ten: 1,111 XObjects drawn, 10,011 bytes of text shown from a few hundred bytes of forms.
        var tree = HostileDrawing.FormTree(3);

        Assert.True(Read(tree).Failure?.Kind is ReadFailureKind.NotAnOfstedReport, "within the default limits it is read");
        var refused = Read(tree, new ReportReaderOptions { MaxPageXObjects = 1_000 });
        Assert.Equal(ReadFailureKind.TooLarge, refused.Failure?.Kind);
        Assert.Contains("more XObjects drawn", refused.Failure!.Found, StringComparison.Ordinal);
        var text = Read(tree, new ReportReaderOptions { MaxPageGlyphs = 9_999 });
        Assert.Contains("more text", text.Failure!.Found, StringComparison.Ordinal);
        Assert.Equal(ReadFailureKind.NotAnOfstedReport, Read(tree, new ReportReaderOptions { MaxPageGlyphs = 10_020 }).Failure?.Kind);
    }

    [Fact]
    public void ReadPdf_FormsNestedToTheLimit_AreReadAndOneMoreIsRefused()
    {
        var limits = new ReportReaderOptions { MaxFormNesting = 16 };

        Assert.Equal(ReadFailureKind.NotAnOfstedReport, Read(HostileDrawing.FormsNestedDeep(15), limits).Failure?.Kind);
        var refused = Read(HostileDrawing.FormsNestedDeep(16), limits);
        Assert.Contains("nested more than 16 deep", refused.Failure!.Found, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPdf_FormDrawnManyTimesWithoutALoop_IsNotMistakenForOne()
    {
        // The same form drawn twice in a row, and by two names: repetition, not recursion.
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /A 6 0 R /B 6 0 R >> >> /Contents 5 0 R >>");
        pdf.Add(RawPdf.Helvetica);
        pdf.AddStream("", Encoding.Latin1.GetBytes(RawPdf.Text("Hello world") + " /A Do /A Do /B Do"));
        pdf.AddStream("/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /A 6 0 R >> >>", "0 0 1 1 re f"u8.ToArray());

        var result = Read(pdf.Build());

        Assert.Equal(ReadFailureKind.NotAnOfstedReport, result.Failure?.Kind);
    }

    [Fact]
    public void ReadPdf_ShadingFunctionThatListsItself_FailsTypedNamingTheObject()
    {
        var result = Read(HostileDrawing.ShadingFunctionLoop());

        Assert.Equal(ReadFailureKind.CorruptPdf, result.Failure?.Kind);
        Assert.Contains("refer to each other in a loop (7 → 7)", result.Failure!.Found, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/X Do", 1, 0, "X")]
    [InlineData("BT /F1 12 Tf (Hello) Tj ET", 4, 5, null)]
    [InlineData("BT [(Hel) -20 (lo)] TJ (a\\)b) ' <48656C6C6F> Tj ET", 5, 14, null)]
    [InlineData("/Name#20With#23Escapes Do", 1, 0, "Name With#Escapes")]
    [InlineData("q BI /W 1 /H 1 /BPC 8 /CS /G ID \x01Do EI\x02 EI Q /Y Do % /Z Do\n", 4, 0, "Y")]
    [InlineData("true false null 1 -2 +.5 (x) /N Do", 1, 0, "N")]
    public void Of_ContentStream_CountsOperatorsTextAndDrawnNames(string content, long operators, long shown, string? drawn)
    {
        var summary = ContentSummary.Of(Encoding.Latin1.GetBytes(content));

        Assert.Equal(operators, summary.Operators);
        Assert.Equal(shown, summary.ShownBytes);
        string[] expected = drawn is null ? [] : [drawn];
        Assert.Equal(expected, summary.Drawn);
    }
}
