using Publishing.Reading.Model;
using Publishing.Summaries.Model;
using Publishing.Summaries.Rendering;
using Publishing.Tests.Summaries.Context;

namespace Publishing.Tests.Summaries.Composition;

public class TrendTests
{
    [SkippableFact]
    public void Compose_WithOutcomesOnly_TakesThePreviousInspectionFromTheDataRow()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var report = SummaryFixtures.Corpus("leicester-2025-01-29.pdf");
        var previousRow = IndependentOutcomes.History()
            .Where(r => r.Name == "Leicester" && r.Published < report.PublicationDate!.Date).MaxBy(r => r.Published)!;

        var trend = SummaryFixtures.Compose(report, SummaryFixtures.WithOutcomes()).Trend;

        Assert.Equal(TrendBasis.OutcomesData, trend.Basis);
        Assert.Equal(previousRow.Published, trend.Previous!.Published);
        var overall = trend.Previous.Find(JudgementKeys.OverallEffectiveness)!;
        Assert.Equal(previousRow.Overall, overall.GradeWords);
        Assert.Equal(Path.GetFileName(IndependentOutcomes.HistoryFile), overall.Source.File);
        Assert.Equal(previousRow.Number, overall.Source.Row);
        // 2021 was before care leavers had their own judgement: the joint grade is compared with each.
        var careLeavers = trend.Changes.Single(c => c.Key == JudgementKeys.CareLeavers);
        Assert.Equal(previousRow.Cells[11], careLeavers.PreviousWords);
        Assert.Contains("jointly", careLeavers.Note, StringComparison.Ordinal);
        var overallChange = trend.Changes.Single(c => c.Key == JudgementKeys.OverallEffectiveness);
        Assert.Equal(ChangeDirection.Down, overallChange.Direction); // Good in 2021, requires improvement in 2025 (reports.csv)
    }

    [SkippableFact]
    public void Compose_WithAnEarlierReportRead_PrefersItAndLeadsWithTheChange()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var earlier = SummaryFixtures.Corpus("harrow-2017-03-31.pdf");
        var before = SummaryFixtures.Row("harrow-2017-03-31.pdf").Judgements;
        var now = SummaryFixtures.Row("harrow-2025-03-04.pdf").Judgements;

        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("harrow-2025-03-04.pdf"), SummaryFixtures.WithOutcomes(earlier));

        Assert.Equal(TrendBasis.ReportHistory, summary.Trend.Basis);
        Assert.Equal(new DateOnly(2017, 3, 31), summary.Trend.Previous!.Published);
        Assert.Contains(summary.Trend.Previous.Grades, g => g.Source is { Kind: "pipeline-report", ReportId: "harrow-2017-03-31" });
        foreach (var change in summary.Trend.Changes)
        {
            Assert.Equal(before[change.Key], change.PreviousWords, ignoreCase: true);
            Assert.Equal(now[change.Key], change.CurrentWords, ignoreCase: true);
        }
        Assert.Equal($"Harrow children's services judged {now["overall_effectiveness"]} overall, down from {before["overall_effectiveness"]} in 2017", summary.Headline);
        var text = new MarkdownSummaryRenderer().Render(summary);
        Assert.Contains($"Help and protection: {before["help_and_protection"]} in 2017, now {now["help_and_protection"]}", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Compose_ReportStatesItsPreviousInspection_CrossChecksItAgainstTheRecord()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("trafford-2026-08-03.pdf"), SummaryFixtures.WithOutcomes());

        Assert.Equal(TrendBasis.OutcomesData, summary.Trend.Basis);
        Assert.Equal(1, summary.Trend.StatedInReport!.Source.Page);
        Assert.Contains("2022", summary.Trend.StatedInReport.Text, StringComparison.Ordinal);
        Assert.Equal(2022, summary.Trend.Previous!.Inspected.Year);
        Assert.Equal(new DateOnly(2023, 1, 31), summary.Trend.Previous.Published);
        Assert.StartsWith("The report's sentence about its previous inspection agrees", summary.Trend.CrossCheck, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NoHistoryNoData_QuotesTheReportsOwnAccount()
    {
        var summary = SummaryFixtures.Compose(SummaryFixtures.Sample());

        Assert.Equal(TrendBasis.ReportStatement, summary.Trend.Basis);
        Assert.Null(summary.Trend.Previous);
        Assert.Empty(summary.Trend.Changes);
        var text = string.Join("\n", RenderedGrades.Unwrap(new TextSummaryRenderer().Render(summary)));
        Assert.Contains($"The report says: \"{summary.Trend.StatedInReport!.Text}\" (page 1)", text, StringComparison.Ordinal);
    }
}
