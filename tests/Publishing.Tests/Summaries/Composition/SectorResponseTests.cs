using Publishing.Statements.Classification;

namespace Publishing.Tests.Summaries.Composition;

public class SectorResponseTests
{
    private static readonly DateTimeOffset Noon = new(2025, 11, 14, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compose_StatementsOfDifferentStances_GroupsThemByStanceInReceivedOrder()
    {
        // Stances set here, not left to the classifier: this test is about grouping.
        var statements = new[]
        {
            WithStance(SummaryFixtures.Statement("b", "We welcome this report.", receivedAt: Noon.AddHours(-1)), Stance.Supportive),
            WithStance(SummaryFixtures.Statement("a", "This judgement is deeply worrying.", receivedAt: Noon.AddHours(-2)), Stance.Critical),
            WithStance(SummaryFixtures.Statement("c", "We are proud of our social workers.", receivedAt: Noon.AddHours(-3)), Stance.Supportive),
            SummaryFixtures.Statement("d", "Not yet classified.", receivedAt: Noon.AddHours(-4)) with { Classification = null },
        };

        var groups = SummaryFixtures.Compose(SummaryFixtures.Sample(), statements: statements, asAt: Noon).SectorResponse;

        Assert.Equal(statements.Length, groups.Sum(g => g.Statements.Count));
        foreach (var group in groups)
        {
            Assert.All(group.Statements, s => Assert.Equal(group.Stance, statements.Single(x => x.Id == s.Id).Classification?.Stance.Value));
            Assert.Equal(group.Statements.OrderBy(s => s.ReceivedAt).Select(s => s.Id), group.Statements.Select(s => s.Id));
        }
        Assert.Equal(groups.Select(g => g.Stance).Distinct().Count(), groups.Count);
        Assert.Equal([Stance.Critical, Stance.Supportive, null], groups.Select(g => g.Stance));
        Assert.Equal(["c", "b"], groups[1].Statements.Select(s => s.Id));
        Assert.Equal("Other reactions", groups[2].Title);
    }

    private static Publishing.Statements.StatementRecord WithStance(Publishing.Statements.StatementRecord s, Stance stance) =>
        s with { Classification = s.Classification! with { Stance = new Label<Stance>(stance, "set by the test", []) } };

    [Fact]
    public void Compose_EmbargoedStatement_IsLeftOutUntilTheEmbargoPasses()
    {
        var embargoed = SummaryFixtures.Statement("e", "We welcome the report.", embargoUntil: Noon.AddHours(1));

        var before = SummaryFixtures.Compose(SummaryFixtures.Sample(), statements: [embargoed], asAt: Noon);
        var after = SummaryFixtures.Compose(SummaryFixtures.Sample(), statements: [embargoed], asAt: Noon.AddHours(1));

        Assert.Empty(before.AllStatements);
        Assert.All(SummaryFixtures.RenderAll(before).Where(f => f.Key != "json"), f => Assert.Contains("No statements have been received yet", f.Value, StringComparison.Ordinal));
        Assert.All(SummaryFixtures.RenderAll(before).Values, output => Assert.DoesNotContain("We welcome the report", output, StringComparison.Ordinal));
        Assert.Equal(["e"], after.AllStatements.Select(s => s.Id));
    }

    [Fact]
    public void Compose_WithdrawnRevision_RemovesTheStatementAndACorrectionReplacesIt()
    {
        var original = SummaryFixtures.Statement("w", "We welcome the report.");
        var withdrawal = original with { Revision = 2, Withdrawn = true };
        var corrected = SummaryFixtures.Statement("k", "Frist draft.") ;
        var correction = SummaryFixtures.Statement("k", "First draft, corrected.", revision: 2);

        var summary = SummaryFixtures.Compose(SummaryFixtures.Sample(), statements: [original, withdrawal, corrected, correction], asAt: Noon);

        var shown = Assert.Single(summary.AllStatements);
        Assert.Equal(("k", 2, "First draft, corrected."), (shown.Id, shown.Revision, shown.Text));
        Assert.All(SummaryFixtures.RenderAll(summary).Values, output => Assert.DoesNotContain("We welcome the report", output, StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_Statement_CarriesSpeakerRoleBodyKeyQuoteAndLink()
    {
        var statement = SummaryFixtures.Statement("s-1", "We are deeply disappointed. Children deserved better from their council.");
        var context = new Publishing.Summaries.Composition.SummaryContext(Publishing.Summaries.Context.EmbeddedOutcomes.Data, Publishing.Summaries.Context.ReportHistory.Empty,
            new Publishing.Summaries.Composition.SummaryLinks(new Uri("https://publishing.example/base/")));

        var summary = SummaryFixtures.Compose(SummaryFixtures.Sample(), context, [statement], Noon);

        var shown = Assert.Single(summary.AllStatements);
        Assert.Equal("https://publishing.example/base/api/statements/s-1", shown.Link);
        Assert.Equal(statement.Classification!.KeyQuote.Value, shown.KeyQuote);
        foreach (var (format, output) in SummaryFixtures.RenderAll(summary))
        {
            if (format == "json") continue;
            var flat = string.Join(" ", RenderedGrades.Unwrap(output));
            Assert.Contains("Jo Example, Spokesperson, Fictional Social Workers' Union:", format == "html" ? System.Net.WebUtility.HtmlDecode(flat) : flat, StringComparison.Ordinal);
            // The key quote is the statement's own sentence, emphasised where it stands, not printed twice.
            var emphasised = format switch { "html" => $"<strong>{System.Net.WebUtility.HtmlEncode(shown.KeyQuote)}</strong>", "markdown" => $"**{shown.KeyQuote}**", _ => shown.KeyQuote! };
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(flat, System.Text.RegularExpressions.Regex.Escape(shown.KeyQuote!)));
            Assert.Contains(emphasised, flat, StringComparison.Ordinal);
            Assert.Contains("api/statements/s-1", output, StringComparison.Ordinal);
        }
    }
}
