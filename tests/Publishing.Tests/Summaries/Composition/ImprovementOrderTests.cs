using Publishing.Reading.Model;
using Xunit.Abstractions;

namespace Publishing.Tests.Summaries.Composition;

public class ImprovementOrderTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Compose_EighteenRecommendations_LeadWithTheJudgementsThatLimitedTheGradeAndKeepTheFullListInOrder()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        // Darlington 2015: Inadequate overall; help and protection and leadership Inadequate; permanence Requires improvement.
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("darlington-2015-09-01.pdf"));
        foreach (var area in summary.ImprovementsFirst)
            foreach (var point in area.Points) output.WriteLine($"{area.Key}: {point.Text}");

        Assert.Equal(18, summary.WhatNeedsToImprove.Count);
        Assert.Equal([JudgementKeys.HelpAndProtection, JudgementKeys.Leadership, JudgementKeys.LookedAfterPermanence], summary.ImprovementsFirst.Select(a => a.Key));
        var led = summary.ImprovementsFirst.SelectMany(a => a.Points).ToList();
        Assert.Equal(led.Count, led.Distinct().Count());
        Assert.All(led, p => Assert.Contains(p, summary.WhatNeedsToImprove));
        Assert.StartsWith("Ensure robust management oversight of the single assessment process", summary.ImprovementsFirst[0].Points[0].Text, StringComparison.Ordinal);
        Assert.Contains(summary.ImprovementsFirst[1].Points, p => p.Text.StartsWith("Ensure that elected members are rigorous", StringComparison.Ordinal));
        Assert.Contains(summary.ImprovementsFirst[2].Points, p => p.Text.StartsWith("Ensure when children are looked after that decisions about their need for permanence", StringComparison.Ordinal));

        foreach (var (format, text) in SummaryFixtures.RenderAll(summary).Where(f => f.Key != "json"))
        {
            var flat = string.Join(" ", RenderedGrades.Unwrap(format == "html" ? System.Net.WebUtility.HtmlDecode(text) : text));
            var lead = flat.IndexOf("Help and protection, judged Inadequate", StringComparison.Ordinal);
            var all = flat.IndexOf("All 18 points, in the report's order", StringComparison.Ordinal);
            Assert.True(lead > 0 && all > lead, $"{format}: the lead does not come before the full list");
            var positions = summary.WhatNeedsToImprove.Select(p => flat.IndexOf(p.Text[..40], all, StringComparison.Ordinal)).ToList();
            Assert.All(positions, p => Assert.True(p > all, $"{format}: a point is missing from the full list"));
            Assert.Equal(positions.Order(), positions);
        }
    }

    [SkippableFact]
    public void Compose_EveryJudgementGood_HasNoLeadAndTheListAsTheReportGivesIt()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("barnsley-2018-11-19.pdf"));

        Assert.Empty(summary.ImprovementsFirst);
        Assert.DoesNotContain("Led by the points", SummaryFixtures.RenderAll(summary)["markdown"], StringComparison.Ordinal);
    }
}
