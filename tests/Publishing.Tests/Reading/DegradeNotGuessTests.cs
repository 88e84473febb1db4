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

    // A made-up focused visit letter (Ofsted's letter structure) whose priority-action section has the given heading.
    private static string FocusedVisitLetter(string priorityHeading) =>
        "Ofsted\n3 April 2025\nDear Director\nFocused visit to Northmoor children's services\n"
        + "This letter summarises the findings of the focused visit to Northmoor children's services on 4 and 5 March 2025. His Majesty's Inspectors for this visit were Alex Example and Sam Sample.\n"
        + "Inspectors looked at the local authority's arrangements for children subject to a child protection plan.\n"
        + "Headline findings\nChildren are left at risk of harm for too long.\n"
        + $"{priorityHeading}\nThe timeliness of strategy discussions when risks to children increase.\n"
        + "What needs to improve in this area of social work practice?\nManagement oversight of child protection plans.\n"
        + "We have notified the Department for Education of the areas for priority action.\n"
        + "Yours sincerely\nAlex Example\nHis Majesty's Inspector\n";

    [Theory]
    [InlineData("Areas for priority action")]
    [InlineData("Area of priority action")]
    [InlineData("Areas requiring priority action")]
    [InlineData("Areas for immediate priority action")]
    [InlineData("Priority actions")]
    public void ReadText_FocusedVisitPriorityActionHeadingWordedDifferently_ReadsTheAreas(string heading)
    {
        var result = _reader.ReadText(FocusedVisitLetter(heading), "northmoor-2025-04-03.pdf");

        Assert.True(result.Succeeded, result.Succeeded ? "" : result.Failure.Message);
        var area = Assert.Single(result.Report.FocusedVisit!.AreasForPriorityAction);
        Assert.StartsWith("The timeliness of strategy discussions", area.Value);
        Assert.True(result.Report.FocusedVisit.HasPriorityAction);
        Assert.Empty(result.Report.Unread);
    }

    [Fact]
    public void ReadText_FocusedVisitNamingPriorityActionsUnderAnUnknownHeading_MarksThemUnreadAndTheSummaryNeverSaysNone()
    {
        var report = _reader.ReadText(FocusedVisitLetter("Matters that need action now"), "northmoor-2025-04-03.pdf").Report!;

        Assert.Empty(report.FocusedVisit!.AreasForPriorityAction);
        Assert.Equal("areasForPriorityAction", Assert.Single(report.Unread).Field);
        Assert.Contains("areas for priority action", report.Unread[0].Reason);
        Assert.True(report.NeedsReview);
        var summary = SummaryFixtures.Compose(report);
        Assert.DoesNotContain("no areas for priority action", summary.Headline + summary.Standfirst);
        Assert.Contains("areas for priority action not read from the letter", summary.Headline);
    }

    [Fact]
    public void ReadText_FocusedVisitWithoutPriorityActions_HasNoneAndNothingUnread()
    {
        var text = FocusedVisitLetter("Leaders have a clear plan.").Replace("We have notified the Department for Education of the areas for priority action.\n", "");

        var report = _reader.ReadText(text, "northmoor-2025-04-03.pdf").Report!;

        Assert.Empty(report.FocusedVisit!.AreasForPriorityAction);
        Assert.Empty(report.Unread);
        Assert.Contains("no areas for priority action", SummaryFixtures.Compose(report).Headline);
    }

    [Fact]
    public void ReadText_FocusedVisitWithoutItsAreaOfPractice_ListsItUnreadAndIsFlaggedForReview()
    {
        var text = FocusedVisitLetter("Areas for priority action").Replace("Inspectors looked at the local authority's arrangements for children subject to a child protection plan.\n", "");

        var report = _reader.ReadText(text, "northmoor-2025-04-03.pdf").Report!;

        Assert.Null(report.FocusedVisit!.AreaOfPractice);
        Assert.Contains("area of practice", Assert.Single(report.FocusedVisit.Unread));
        Assert.True(report.NeedsReview);
    }
}
