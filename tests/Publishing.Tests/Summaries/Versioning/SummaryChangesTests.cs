using Publishing.Reading.Model;
using Publishing.Summaries.Versioning;

namespace Publishing.Tests.Summaries.Versioning;

public class SummaryChangesTests
{
    private static readonly DateTimeOffset Noon = new(2025, 11, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Between_NoPrevious_IsTheFirstVersion()
    {
        var next = SummaryChanges.NextVersion(null, SummaryFixtures.Compose(SummaryFixtures.Sample(), asAt: Noon));

        Assert.Equal(1, next.Version);
        Assert.Equal(SummaryChangeKind.FirstVersion, Assert.Single(SummaryChanges.Between(null, next)).Kind);
    }

    [Fact]
    public void Between_StatementsAddedCorrectedAndWithdrawn_NamesEachChange()
    {
        var kept = SummaryFixtures.Statement("kept", "We welcome the report.");
        var corrected = SummaryFixtures.Statement("fixed", "Frist version.");
        var withdrawn = SummaryFixtures.Statement("gone", "We regret the findings.");
        var v1 = SummaryChanges.NextVersion(null, SummaryFixtures.Compose(SummaryFixtures.Sample(), statements: [kept, corrected, withdrawn], asAt: Noon));
        var v2Composed = SummaryFixtures.Compose(SummaryFixtures.Sample(), asAt: Noon, statements:
        [
            kept, corrected, SummaryFixtures.Statement("fixed", "First version.", revision: 2),
            withdrawn, withdrawn with { Revision = 2, Withdrawn = true },
            SummaryFixtures.Statement("new", "A later statement."),
        ]);

        var changes = SummaryChanges.Between(v1, v2Composed);
        var v2 = SummaryChanges.NextVersion(v1, v2Composed);

        Assert.Equal(
            [(SummaryChangeKind.StatementAdded, "new"), (SummaryChangeKind.StatementCorrected, "fixed"), (SummaryChangeKind.StatementWithdrawn, "gone")],
            changes.Select(c => (c.Kind, c.Subject)).Order().ToList());
        Assert.Equal(2, v2.Version);
        Assert.Contains("withdrawn", v2.ChangeNote, StringComparison.Ordinal);
        Assert.Contains("Version 2:", new Publishing.Summaries.Rendering.MarkdownSummaryRenderer().Render(v2), StringComparison.Ordinal);
    }

    [Fact]
    public void Between_ReportRepublishedWithAChangedGrade_ReportsBoth()
    {
        var report = SummaryFixtures.Sample();
        var regraded = report with
        {
            PublicationDate = report.PublicationDate! with { Date = report.PublicationDate.Date.AddDays(7) },
            Judgements = report.Judgements.Select(j => j.Key == JudgementKeys.CareLeavers ? j with { Grade = Grade.Outstanding } : j).ToList(),
        };

        var changes = SummaryChanges.Between(SummaryFixtures.Compose(report, asAt: Noon), SummaryFixtures.Compose(regraded, asAt: Noon));

        Assert.Contains(changes, c => c.Kind == SummaryChangeKind.ReportRepublished);
        var grade = Assert.Single(changes, c => c.Kind == SummaryChangeKind.GradeChanged);
        Assert.Equal(JudgementKeys.CareLeavers, grade.Subject);
        Assert.Contains("Good is now Outstanding", grade.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Between_SameInputs_FindsNoChange()
    {
        var statement = SummaryFixtures.Statement("s", "We welcome the report.");
        var a = SummaryFixtures.Compose(SummaryFixtures.Sample(), statements: [statement], asAt: Noon);
        var b = SummaryFixtures.Compose(SummaryFixtures.Sample(), statements: [statement], asAt: Noon.AddHours(2));

        Assert.Empty(SummaryChanges.Between(a, b));
    }
}
