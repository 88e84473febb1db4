using Publishing.Reading;
using Publishing.Reading.Model;

namespace Publishing.Tests.Reading.Documents;

/// <summary>
/// Monitoring visits and JTAI letters: no real samples in the corpus, so these fixtures are made up (marked so in
/// their names) from Ofsted's published letter structure (title line, "This letter summarises the findings of ...",
/// headline findings, signature). Each is told by its title and routed to review, typed, never summarised.
/// </summary>
public class ReviewLetterTests
{
    [Theory]
    [InlineData("monitoring-visit-made-up.txt", DocumentType.MonitoringVisit, "monitoring-visit")]
    [InlineData("jtai-made-up.txt", DocumentType.Jtai, "jtai")]
    public void Read_ReviewOnlyLetter_IsRoutedToReviewWithItsType_NeverAGradedReport(string fixture, DocumentType type, string slug)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "Publishing.Tests", "Reading", "Documents", fixture));
        var result = new ReportReader().ReadText(text, fixture);

        Assert.False(result.Succeeded);
        Assert.Null(result.Report);
        Assert.Equal(ReadFailureKind.RoutedToReview, result.Failure.Kind);
        Assert.Equal(type, result.Failure.DocumentType);
        Assert.Equal(slug, type.Slug());
        Assert.Contains(text.Split('\n').First(l => l.StartsWith("Monitoring visit to") || l.StartsWith("Joint targeted")).Trim()[..40], result.Failure.Found);
    }

    [Fact]
    public void Read_FocusedVisitTitleInTheBody_IsNotTakenForAMonitoringVisit()
    {
        // A focused visit letter that mentions a monitoring visit in its text is still a focused visit: the type is
        // told by the title line, not by a phrase anywhere.
        var text = "Ofsted\n3 April 2025\nDear Director\nFocused visit to Northmoor children's services\n"
            + "This letter summarises the findings of the focused visit to Northmoor children's services on 4 and 5 March 2025. His Majesty's Inspectors for this visit were Alex Example and Sam Sample.\n"
            + "Inspectors looked at the local authority's arrangements for care leavers. A monitoring visit to Northmoor children's services took place in 2023.\n"
            + "Headline findings\nCare leavers are well supported.\nYours sincerely\nAlex Example\nHis Majesty's Inspector\n";
        var result = new ReportReader().ReadText(text, "northmoor-2025-04-03.pdf");

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(DocumentType.FocusedVisit, result.Report.DocumentType);
        Assert.Empty(result.Report.Judgements);
        Assert.False(result.Report.OverallEffectiveness.Given);
        Assert.Equal(["Alex Example", "Sam Sample"], result.Report.FocusedVisit!.Inspectors);
        Assert.Equal(new DateOnly(2025, 3, 4), result.Report.InspectionDates?.Value.Start);
        Assert.Empty(result.Report.FocusedVisit.AreasForPriorityAction);
    }
}
