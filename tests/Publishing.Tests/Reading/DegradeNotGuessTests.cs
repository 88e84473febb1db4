using Publishing.Reading;
using Publishing.Reading.Model;
using Publishing.Summaries.Rendering;
using Publishing.Tests.Samples;
using Publishing.Tests.Summaries;

namespace Publishing.Tests.Reading;

/// <summary>A field that cannot be read is marked unread with its reason; the grades read with certainty are still delivered.</summary>
public class DegradeNotGuessTests
{
    private readonly ReportReader _reader = new();

    [Fact]
    public void ReadPdf_NoReadableInspectionDates_IsDeliveredWithTheDatesUnreadAndFlaggedForReview()
    {
        var result = _reader.ReadPdf(FictionalReport.Build(inspectionDates: "to be confirmed"), "northmoor-2025-11-14.pdf");

        Assert.True(result.Succeeded, result.Succeeded ? "" : result.Failure.Message);
        var report = result.Report;
        Assert.Null(report.InspectionDates);
        Assert.Equal("inspectionDates", Assert.Single(report.Unread).Field);
        Assert.Contains("no readable inspection dates", report.Unread[0].Reason);
        Assert.True(report.NeedsReview);
        Assert.Equal(FictionalReport.Rows.Select(r => r.Grade), report.Judgements.Select(j => j.GradeWords));
    }

    [Fact]
    public void Summary_OfAReportWithoutDates_SaysPlainlyTheyWereNotRead()
    {
        var report = _reader.ReadPdf(FictionalReport.Build(inspectionDates: "to be confirmed"), "northmoor-2025-11-14.pdf").Report!;

        var summary = SummaryFixtures.Compose(report);
        var markdown = SummaryRenderers.All.Single(r => r.Format == "markdown").Render(summary);

        Assert.Contains("inspection dates: not read from the report", summary.Standfirst);
        Assert.Contains("Inspection dates: not read from the report.", markdown);
        Assert.Equal("northmoor-2025-11-14", summary.ReportId);
    }

    [Fact]
    public void ReadPdf_NoDatesAndNoPublicationDate_FailsForWantOfWhichReportItIs()
    {
        var result = _reader.ReadPdf(FictionalReport.Build(inspectionDates: "to be confirmed"), "report.pdf");

        Assert.False(result.Succeeded);
        Assert.Equal(ReadFailureKind.UnknownLayout, result.Failure!.Kind);
        Assert.Contains("publication date", result.Failure.Expected);
    }

    [Fact]
    public void ReadPdf_TitleWithoutAReadableName_TakesTheCouncilFromTheBlobNameAndSaysSo()
    {
        var result = _reader.ReadPdf(FictionalReport.Build(title: "Inspection of Northmoor: a review local authority"), "north-east-moor-2025-11-14.pdf");

        Assert.True(result.Succeeded, result.Succeeded ? "" : result.Failure.Message);
        var report = result.Report;
        Assert.Equal(("North East Moor", "north-east-moor", CouncilSource.BlobName), (report.Council.Name, report.Council.Key, report.CouncilSource));
        Assert.Equal("council", Assert.Single(report.Unread).Field);
        Assert.True(report.NeedsReview);
    }

    [Fact]
    public void ReadPdf_CouncilReadFromTheTitle_IsNotFlagged()
    {
        var report = _reader.ReadPdf(FictionalReport.Build(), "northmoor-2025-11-14.pdf").Report!;

        Assert.Equal(CouncilSource.Text, report.CouncilSource);
        Assert.Empty(report.Unread);
        Assert.False(report.NeedsReview);
    }

    [Fact]
    public void ReadJson_CouncilSource_IsWrittenAsTextOrBlobName()
    {
        var report = _reader.ReadPdf(FictionalReport.Build(title: "Inspection of Northmoor: a review local authority"), "northmoor-2025-11-14.pdf").Report!;

        var json = System.Text.Json.JsonSerializer.Serialize(report, Publishing.Cli.JsonOutput.Compact);

        Assert.Contains("\"councilSource\":\"blob-name\"", json);
        Assert.Contains("\"needsReview\":true", json);
    }
}
