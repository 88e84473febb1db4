using System.Text;
using Publishing.Reading;
using Publishing.Tests.Samples;

namespace Publishing.Tests.Reading;

public class ReportReaderFailureTests
{
    private readonly ReportReader _reader = new();

    [Fact]
    public void ReadPdf_ZeroBytes_FailsAsNotAPdf()
    {
        var result = _reader.ReadPdf([]);
        AssertFailure(result, ReadFailureKind.NotAPdf, "zero bytes");
    }

    [Fact]
    public void ReadPdf_HtmlPage_FailsAsNotAPdf()
    {
        var result = _reader.ReadPdf(Encoding.UTF8.GetBytes("<!doctype html><title>Not found</title>"));
        AssertFailure(result, ReadFailureKind.NotAPdf, "<!doctype");
    }

    [Fact]
    public void ReadPdf_TruncatedReport_FailsAsCorrupt()
    {
        var whole = FictionalReport.Build();
        var result = _reader.ReadPdf(whole[..(whole.Length / 3)]);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Failure!.Kind, new[] { ReadFailureKind.CorruptPdf, ReadFailureKind.NoText });
    }

    [Fact]
    public void ReadPdf_PasswordProtected_FailsAsEncrypted()
    {
        var result = _reader.ReadPdf(WithEncryptDictionary(FictionalReport.Build()));
        AssertFailure(result, ReadFailureKind.Encrypted, "password");
    }

    [Fact]
    public void ReadPdf_PagesWithoutText_FailsAsNoText()
    {
        var result = _reader.ReadPdf(FictionalReport.WithoutText());
        AssertFailure(result, ReadFailureKind.NoText, "without extractable text");
    }

    [Fact]
    public void ReadPdf_AnotherKindOfDocument_FailsAsNotAnOfstedReport()
    {
        var result = _reader.ReadPdf(FictionalReport.NotAReport());
        AssertFailure(result, ReadFailureKind.NotAnOfstedReport, "Minutes of the parish council");
    }

    [Fact]
    public void ReadPdf_OfstedTitleWithoutJudgementTable_FailsAsUnknownLayout()
    {
        var result = _reader.ReadPdf(FictionalReport.Build(withTable: false));
        AssertFailure(result, ReadFailureKind.UnknownLayout, "no judgement table");
    }

    [Fact]
    public void ReadPdf_GradeOutsideOfstedScale_FailsAsUnknownLayout()
    {
        var rows = FictionalReport.Rows.Select(r => r.Grade == "Inadequate" ? r with { Grade = "Excellent" } : r).ToList();
        var result = _reader.ReadPdf(FictionalReport.Build(rows));
        Assert.False(result.Succeeded);
        Assert.Equal(ReadFailureKind.UnknownLayout, result.Failure!.Kind);
    }

    [Fact]
    public void ReadPdf_UnknownJudgementRow_FailsAsUnknownLayout()
    {
        var rows = FictionalReport.Rows.ToList();
        rows[2] = ("The quality of school meals", "for children", "Good");
        var result = _reader.ReadPdf(FictionalReport.Build(rows));
        AssertFailure(result, ReadFailureKind.UnknownLayout, "school meals");
    }

    [Fact]
    public void ReadPdf_MissingRow_FailsAsUnknownLayoutNamingTheRows()
    {
        var rows = FictionalReport.Rows.Where(r => !r.Label2.Contains("in care", StringComparison.Ordinal)).ToList();
        var result = _reader.ReadPdf(FictionalReport.Build(rows));
        AssertFailure(result, ReadFailureKind.UnknownLayout, "overall_effectiveness");
    }

    [Fact]
    public void ReadPdf_2026DatesWithoutAnOverallRow_IsThe2026FormatWithNoOverallGrade()
    {
        var rows = FictionalReport.Rows.Where(r => r.Label1 != "Overall effectiveness").ToList();

        var result = _reader.ReadPdf(FictionalReport.Build(rows, inspectionDates: "9 to 20 March 2026"));

        Assert.True(result.Succeeded, result.Succeeded ? "" : result.Failure.Message);
        Assert.False(result.Report.OverallEffectiveness.Given);
    }

    [Fact]
    public void ReadPdf_OverallEffectivenessPrintedButNotReadWithTheTable_FailsRatherThanCallItThe2026Format()
    {
        // The overall row drifts far below the rest of the table (as a table split across pages would leave it): read
        // as a four-row table it looks like the 2026 format, which gives no overall grade.
        var rows = FictionalReport.Rows.Where(r => r.Label1 != "Overall effectiveness").ToList();

        var result = _reader.ReadPdf(FictionalReport.Build(rows, inspectionDates: "9 to 20 March 2026", lineAfterTable: "Overall effectiveness                                   Inadequate"));

        AssertFailure(result, ReadFailureKind.UnknownLayout, "'Overall effectiveness' on page 1");
    }

    [Theory]
    [InlineData("Inspection of the help and protection given to children in the north of the county local authority")]
    [InlineData("Inspection of Northmoor: a review local authority")]
    public void ReadPdf_TitleWhoseNameIsNotACouncilsName_FailsRatherThanNameTheCouncilSo(string title)
    {
        var result = _reader.ReadPdf(FictionalReport.Build(title: title));

        AssertFailure(result, ReadFailureKind.UnknownLayout, "council's name");
    }

    [Fact]
    public void ReadPdf_OverPageLimit_FailsAsTooLarge()
    {
        var result = new ReportReader(new ReportReaderOptions { MaxPages = 0 }).ReadPdf(FictionalReport.Build());
        AssertFailure(result, ReadFailureKind.TooLarge, "1 pages");
    }

    [Fact]
    public void ReadPdf_OverByteLimit_FailsAsTooLarge()
    {
        var result = new ReportReader(new ReportReaderOptions { MaxBytes = 100 }).ReadPdf(FictionalReport.Build());
        AssertFailure(result, ReadFailureKind.TooLarge, "bytes");
    }

    [Fact]
    public void ReadPdf_NoTimeBudget_FailsAsTimedOut()
    {
        var result = new ReportReader(new ReportReaderOptions { TimeBudget = TimeSpan.Zero }).ReadPdf(FictionalReport.Build());
        AssertFailure(result, ReadFailureKind.TimedOut, "time ran out");
    }

    private static string SampleText(string titleBlock = "Inspection dates: 15 to 26 September 2025\n\nLead inspector: Alex Fairweather, His Majesty's Inspector") => $"""
        Inspection of Northmoor local authority
        children's services
        {titleBlock}


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
        • The timeliness of responses to children at risk of harm.
        """;

    [Fact]
    public void ReadText_SampleAsText_ReadsTheSameJudgements()
    {
        var result = _reader.ReadText(SampleText(), "northmoor-2025-11-14.txt");
        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(FictionalReport.Rows.Select(r => r.Grade), result.Report!.Judgements.Select(j => j.GradeWords));
        Assert.Equal("The timeliness of responses to children at risk of harm.", Assert.Single(result.Report.WhatNeedsToImprove).Value);
    }

    [Theory]
    [InlineData("Inspection dates: 15 to 26 September 2025", "2025-09-15", "2025-09-26")]
    [InlineData("Dates of inspection: 15 to 26 Sept 2025", "2025-09-15", "2025-09-26")]
    [InlineData("Inspection dates: 15 to 19 September 2025 and\n6 to 10 October 2025", "2025-09-15", "2025-10-10")]
    [InlineData("Inspection dates: Monday 15 September to Friday 26 September 2025", "2025-09-15", "2025-09-26")]
    public void ReadText_InspectionDatesAsPrinted_GiveTheFirstAndLastDay(string datesLine, string start, string end)
    {
        var result = _reader.ReadText(SampleText(datesLine), "northmoor-2025-11-14.txt");

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (result.Report!.InspectionDates!.Value.Start, result.Report.InspectionDates.Value.End));
    }

    [Theory]
    [InlineData("Report published: 14 November 2025")]
    [InlineData("Date of publication: 14 November 2025")]
    [InlineData("Publication date: 14 Nov 2025")]
    public void ReadText_PublicationDateAsPrinted_IsReadWhenTheFileNameHasNone(string publishedLine)
    {
        var result = _reader.ReadText(SampleText("Inspection dates: 15 to 26 September 2025\n" + publishedLine), "northmoor.txt");

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(new DateOnly(2025, 11, 14), result.Report!.PublicationDate?.Date);
    }

    [Theory]
    [InlineData("Lead inspector: Alex Fairweather, His Majesty's Inspector", "Alex Fairweather")]
    [InlineData("Lead inspectors: Alex Fairweather and Sam Brook", "Alex Fairweather and Sam Brook")]
    [InlineData("Lead inspector: Alex Fairweather HMI.", "Alex Fairweather")]
    public void ReadText_LeadInspectorAsPrinted_IsTheNameAlone(string inspectorLine, string expected)
    {
        var result = _reader.ReadText(SampleText("Inspection dates: 15 to 26 September 2025\n" + inspectorLine), "northmoor-2025-11-14.txt");

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(expected, result.Report!.LeadInspector?.Value);
    }

    private static void AssertFailure(ReadResult result, ReadFailureKind kind, string foundContains)
    {
        Assert.False(result.Succeeded, "expected a failure");
        Assert.Equal(kind, result.Failure!.Kind);
        Assert.Contains(foundContains, result.Failure.Found, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(result.Failure.Expected));
    }

    // Adds a Standard security handler to the trailer; no password opens it.
    private static byte[] WithEncryptDictionary(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var at = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var dict = text.IndexOf("<<", at, StringComparison.Ordinal);
        var encrypt = "<< /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >> /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>] ";
        return Encoding.Latin1.GetBytes(text[..dict] + encrypt + text[(dict + 2)..]);
    }
}
