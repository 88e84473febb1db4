using System.Text;
using Publishing.Reading;
using Publishing.Reading.Limits;
using Publishing.Tests.Reading.Hostile;

namespace Publishing.Tests.Reading.Limits;

/// <summary>Bidirectional overrides and control characters in a PDF's text never reach what the reader hands on.</summary>
public sealed class TextControlsTests
{
    /// <summary>Helvetica whose ToUnicode map turns code 1 into RIGHT-TO-LEFT OVERRIDE and code 2 into BEL.</summary>
    private static byte[] PdfWithControlsInItsText()
    {
        var cmap = """
            /CIDInit /ProcSet findresource begin 12 dict begin begincmap
            /CMapName /Controls def /CMapType 2 def
            1 begincodespacerange <00> <FF> endcodespacerange
            2 beginbfchar <01> <202E> <02> <0007> endbfchar
            1 beginbfrange <20> <7E> <0020> endbfrange
            endcmap CMapName currentdict /CMap defineresource pop end end
            """;
        var pdf = RawPdf.OnePage("BT /F1 12 Tf 70 760 Td (Hello \u0001dlrow\u0002 again) Tj ET", font: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(cmap));
        return pdf.Build();
    }

    [Fact]
    public void ReadPdf_TextWithABidiOverrideAndABell_QuotesItNeutralised()
    {
        var result = new ReportReader(HostileCorpus.Limits()).ReadPdf(PdfWithControlsInItsText());

        Assert.Equal(ReadFailureKind.NotAnOfstedReport, result.Failure?.Kind);
        Assert.Contains("Hello dlrow again", result.Failure!.Found, StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', result.Failure.Found);
        Assert.DoesNotContain('\u0007', result.Failure.Found);
    }

    [Fact]
    public void ReadText_ReportWithControlsInItsFacts_HandsOnTheFactsNeutralised()
    {
        var text = """
            Inspection of Northmoor local authority
            children's services
            Inspection dates: 15 to 26 September 2025

            Lead inspector: Alex \u202EFairweather, His Majesty's Inspector


             Judgement                                   Grade

             The impact of leaders on social work        Requires improvement to be good
             practice with children and families

             The experiences and progress of             Inadequate
             children who need help and protection

             The experiences and progress of             Good
             children in care

             The experiences and progress of care        Good
             leavers

             Overall effectiveness                       Inadequate

            Help and protection for children in Northmoor has declined since the last inspection.

            What needs to improve?
            • The timeliness of\u0007 responses to children at risk of harm.
            """.Replace("\\u202E", "\u202E", StringComparison.Ordinal).Replace("\\u0007", "\u0007", StringComparison.Ordinal);

        var result = new ReportReader().ReadText(text, "northmoor-2025-11-14.txt");

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal("Alex Fairweather", result.Report.LeadInspector?.Value);
        Assert.Equal("The timeliness of responses to children at risk of harm.", Assert.Single(result.Report.WhatNeedsToImprove).Value);
    }

    [Theory]
    [InlineData("Good\u202E doog", "Good doog")]
    [InlineData("a\u0000b", "a b")]
    [InlineData("a \u0007 b\u2066\u2069", "a b")]
    [InlineData("zero\u200Bwidth\uFEFF", "zerowidth")]
    [InlineData("plain text  kept", "plain text  kept")]
    public void Clean_RemovesInvisibleAndBreaksAtControls(string text, string expected) =>
        Assert.Equal(expected, TextControls.Clean(text));
}
