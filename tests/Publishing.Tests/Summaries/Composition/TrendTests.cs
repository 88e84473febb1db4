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
    public void Compose_ReportNamesItsPreviousInspection_TakesThatOneNotAnOlderReportHeld()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        // Blackburn with Darwen 2025 says its last inspection, in 2022, found requires improvement to be good; the 2017
        // report held here was Good overall. The old rule (held report first) headlined "unchanged since 2017".
        var held = SummaryFixtures.Corpus("blackburn-with-darwen-2017-12-08.pdf");
        var now = SummaryFixtures.Row("blackburn-with-darwen-2025-04-23.pdf").Judgements;

        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("blackburn-with-darwen-2025-04-23.pdf"), SummaryFixtures.WithOutcomes(held));

        Assert.Equal((2022, Grade.RequiresImprovementToBeGood), (summary.Trend.Stated!.Year, summary.Trend.Stated.Overall));
        Assert.Equal(TrendBasis.OutcomesData, summary.Trend.Basis);
        Assert.Equal(new DateOnly(2022, 3, 18), summary.Trend.Previous!.Published);
        Assert.Equal($"Blackburn with Darwen children's services judged {now["overall_effectiveness"]} overall, up from Requires improvement to be good in 2022", summary.Headline);
        Assert.All(SummaryFixtures.RenderAll(summary).Values, output => Assert.DoesNotContain("2017", output, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Compose_RecordDisagreesWithTheReport_TheReportWinsAndTheRecordIsNotPrintedAsFact()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        // Wigan 2025: "since the last Ofsted inspection in May 2022, when they were judged to require improvement overall".
        // The data are altered so that their 2022 row says Inadequate: the report's words must still lead.
        var folder = Directory.CreateTempSubdirectory("publishing-outcomes-");
        try
        {
            foreach (var file in Directory.GetFiles(SummaryFixtures.OutcomesFolder, "31_March_2025__*.csv").Append(Path.Combine(SummaryFixtures.OutcomesFolder, "la_lookup.csv")))
            {
                var text = File.ReadAllText(file);
                if (file.EndsWith("ILACS_inspection_history.csv", StringComparison.Ordinal))
                    text = text.Replace("Wigan,Current,North West,09/05/2022,05/07/2022,ILACS Standard Inspection,Requires improvement to be good", "Wigan,Current,North West,09/05/2022,05/07/2022,ILACS Standard Inspection,Inadequate", StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(folder.FullName, Path.GetFileName(file)), text);
            }
            var altered = Publishing.Summaries.Context.OutcomesData.LoadFolder(folder.FullName);
            Assert.Contains(altered.Inspections, i => i.CouncilKey == "wigan" && i.Grades[JudgementKeys.OverallEffectiveness] == Grade.Inadequate);
            var context = SummaryFixtures.WithOutcomes() with { Outcomes = altered };

            var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("wigan-2025-11-26.pdf"), context);

            Assert.EndsWith("up from Requires improvement to be good in 2022", summary.Headline, StringComparison.Ordinal);
            Assert.Contains(summary.Trend.EvidenceNotes!, n => n.Contains("shows Inadequate", StringComparison.Ordinal));
            var overall = summary.Trend.Changes.Single(c => c.Key == JudgementKeys.OverallEffectiveness);
            Assert.Equal(("report", Grade.RequiresImprovementToBeGood), (overall.PreviousSource.Kind, overall.Previous));
            foreach (var (format, output) in SummaryFixtures.RenderAll(summary).Where(f => f.Key != "json"))
                Assert.DoesNotContain("Inadequate in 2022", output, StringComparison.Ordinal);
        }
        finally { folder.Delete(recursive: true); }
    }

    [SkippableFact]
    public void Compose_SifReinspectionNamingItsPreviousYear_TakesTheEarlierReportHeld()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        // The outcomes data begin in 2018; Darlington 2018 names its previous single inspection, published in 2015.
        var held = SummaryFixtures.Corpus("darlington-2015-09-01.pdf");

        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("darlington-2018-05-21.pdf"), SummaryFixtures.WithOutcomes(held));

        Assert.Equal(TrendBasis.ReportHistory, summary.Trend.Basis);
        Assert.True(summary.Trend.Established);
        Assert.Contains(summary.Trend.Previous!.Grades, g => g.Source is { Kind: "pipeline-report", ReportId: "darlington-2015-09-01" });
        Assert.EndsWith("up from Inadequate in 2015", summary.Headline, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Compose_DataEndBeforeThisInspectionAndTheReportNamesNone_StatesNoChange()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        // Coventry 2026 states no previous inspection; the data (to 31 March 2025) last show 2022, Good overall, but an
        // inspection after March 2025 would not be in them: neither "up from" nor a per-judgement change is printed.
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("coventry-2026-05-18.pdf"), SummaryFixtures.WithOutcomes(SummaryFixtures.Corpus("coventry-2014-03-21.pdf")));

        Assert.Null(summary.Trend.Stated);
        Assert.False(summary.Trend.Established);
        Assert.Equal(2022, summary.Trend.Previous!.Inspected.Year);
        Assert.Empty(summary.Trend.Changes);
        Assert.Null(summary.Trend.Overall);
        foreach (var (format, output) in SummaryFixtures.RenderAll(summary).Where(f => f.Key != "json"))
        {
            Assert.DoesNotContain("up from", output, StringComparison.Ordinal);
            Assert.DoesNotContain("unchanged since", output, StringComparison.Ordinal);
            Assert.DoesNotContain("(up)", output, StringComparison.Ordinal);
        }
        Assert.Contains("no change is stated", new MarkdownSummaryRenderer().Render(summary), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Compose_ReportNamesOnlyTheYear_ThatInspectionIsTakenFromTheDataPastTheirEnd()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        // Haringey 2026: "practice has significantly improved since the last ILACS inspection in 2023" names no grade.
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("haringey-2026-02-24.pdf"), SummaryFixtures.WithOutcomes());
        var row = IndependentOutcomes.History().Where(r => r.Name == "Haringey").MaxBy(r => r.Published)!;

        Assert.Equal((2023, (Grade?)null), (summary.Trend.Stated!.Year, summary.Trend.Stated.Overall));
        Assert.Contains(summary.Trend.Stated.Unread, u => u.StartsWith("overall grade", StringComparison.Ordinal));
        Assert.True(summary.Trend.Established);
        Assert.Equal(row.Number, summary.Trend.Previous!.Find(JudgementKeys.OverallEffectiveness)!.Source.Row);
        Assert.EndsWith($"from {row.Overall} in 2023", summary.Headline, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Compose_SifReportHeldBeforeTheDataBegin_IsNotTakenAsThePreviousInspection()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        // Wokingham 2019 names no previous inspection; 2015 is held, but the data begin in 2018, so 2015-2018 is a gap.
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("wokingham-2019-07-15.pdf"), SummaryFixtures.WithOutcomes(SummaryFixtures.Corpus("wokingham-2016-01-05.pdf")));

        Assert.False(summary.Trend.Established);
        Assert.DoesNotContain("since 2015", summary.Headline, StringComparison.Ordinal);
        Assert.Contains(summary.Trend.EvidenceNotes!, n => n.Contains("may be missing", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Compose_ReorganisedCouncil_NamesItsPredecessorsLastInspection()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("north-northamptonshire-2022-11-25.pdf"), SummaryFixtures.WithOutcomes());

        Assert.Equal("Northamptonshire", summary.Trend.Previous!.Predecessor);
        Assert.Equal("North Northamptonshire children's services judged Requires improvement to be good overall, up from Inadequate at the last inspection of Northamptonshire, the predecessor council, in 2019", summary.Headline);
        Assert.Contains("At the last inspection of Northamptonshire, the predecessor council, in 2019, the overall grade was Inadequate.", summary.Standfirst, StringComparison.Ordinal);
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
