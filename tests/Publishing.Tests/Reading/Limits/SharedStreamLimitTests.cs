using System.Text;
using Publishing.Reading;
using Publishing.Tests.Reading.Hostile;

namespace Publishing.Tests.Reading.Limits;

public sealed class SharedStreamLimitTests
{
    /// <summary>Ten pages drawn by one Flate content stream of about 1 MB: PdfPig inflates it once per page.</summary>
    private static byte[] TenPagesSharingOneStream()
    {
        var content = Encoding.ASCII.GetBytes("BT /F1 12 Tf 70 760 Td (Shared page text) Tj ET\n" + new string(' ', 1 << 20));
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [" + string.Join(" ", Enumerable.Range(5, 10).Select(n => $"{n} 0 R")) + "] /Count 10 >>");
        pdf.Add(RawPdf.Helvetica);
        pdf.AddStream("/Filter /FlateDecode", RawPdf.Deflate(content));
        for (var i = 0; i < 10; i++)
            pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>");
        return pdf.Build();
    }

    [Fact]
    public void ReadPdf_AStreamEveryPageDraws_CountsOnceAgainstTheDocumentsLimit()
    {
        // 10 MB inflated in all, but one stream of 1 MB measured once: well within a 4 MB document limit.
        var reader = new ReportReader(new ReportReaderOptions { MaxDecodedTotalBytes = 4L << 20 });

        var result = reader.ReadPdf(TenPagesSharingOneStream(), "shared.pdf");

        Assert.False(result.Succeeded);
        Assert.Equal(ReadFailureKind.NotAnOfstedReport, result.Failure.Kind);
        Assert.Contains("Shared page text", result.Failure.Found);
    }
}
