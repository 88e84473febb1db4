using Publishing.Reading.Model;
using Publishing.Summaries.Model;
using Publishing.Summaries.Rendering;

namespace Publishing.Tests.Summaries.Composition;

/// <summary>
/// One report from every era, each fact the summary states checked against the report: grades and judgements
/// against reports.csv (what the report's table states), labels and findings against the PDF's own page text.
/// </summary>
public class CorpusGoldenSummaryTests
{
    [SkippableTheory]
    [InlineData("bedford-2017-04-07.pdf")]            // SIF; adoption and care leavers stronger than the overall grade
    [InlineData("rotherham-2018-01-29.pdf")]          // SIF re-inspection
    [InlineData("barnsley-2018-11-19.pdf")]           // ILACS 2018-22
    [InlineData("barnsley-2023-10-27.pdf")]           // ILACS 2023+; help and protection weaker than the overall grade
    [InlineData("trafford-2026-08-03.pdf")]           // ILACS 2026, no overall grade
    [InlineData("bath-and-north-east-somerset-2017-07-07.pdf")] // SIF: outstanding adoption, weaker care leavers
    public void Compose_EraReport_StatesOnlyWhatTheReportStates(string file)
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var report = SummaryFixtures.Corpus(file);
        var oracle = SummaryFixtures.Row(file);
        var grades = oracle.Judgements.Where(j => j.Value != "not part of this report").ToDictionary(j => j.Key, j => j.Value);

        var summary = SummaryFixtures.Compose(report, SummaryFixtures.WithOutcomes());

        // The judgement table: every row of the report, with its grade as the report states it.
        Assert.Equal(grades.Keys.Order(), summary.Judgements.Select(j => j.Key).Order());
        foreach (var j in summary.Judgements) Assert.Equal(grades[j.Key], j.GradeWords, ignoreCase: true);
        var path = SummaryFixtures.CorpusReportPath(file);
        foreach (var j in summary.Judgements)
            Assert.Contains(PdfPageText.Squash(j.Label), PdfPageText.Compact(path, j.Source.Page!.Value));

        // Headline: the council and the overall grade in Ofsted's words, or that there is none.
        Assert.StartsWith(report.Council.Name, summary.Headline, StringComparison.Ordinal);
        if (grades.TryGetValue("overall_effectiveness", out var overall))
        {
            Assert.Contains($"children's services judged {overall} overall", summary.Headline, StringComparison.Ordinal);
            Assert.Equal(overall, summary.Overall!.GradeWords, ignoreCase: true);
        }
        else
        {
            Assert.Null(summary.Overall);
            Assert.Contains("no overall grade", summary.Headline, StringComparison.Ordinal);
            using var json = System.Text.Json.JsonDocument.Parse(new JsonSummaryRenderer().Render(summary));
            Assert.False(json.RootElement.TryGetProperty("overall", out _));
            Assert.DoesNotContain(json.RootElement.GetProperty("judgements").EnumerateArray(), j => j.GetProperty("key").GetString() == "overall_effectiveness");
        }

        // The spread, derived here from the oracle's grades.
        var expectedSpread = overall is null ? [] : grades
            .Where(g => g.Key is not "overall_effectiveness" and not "lscb" && Rank(g.Value) != Rank(overall))
            .Select(g => (g.Key, Rank(g.Value) < Rank(overall) ? SpreadDirection.Stronger : SpreadDirection.Weaker))
            .Order().ToList();
        Assert.Equal(expectedSpread, summary.Spread.Select(s => (s.Key, s.Direction)).Order().ToList());

        // Dates and verbatim findings, each found on the page it cites.
        Assert.Equal(oracle.PublicationDate, summary.Published!.Value.ToString("yyyy-MM-dd"));
        Assert.Equal(Dashless(oracle.InspectionDates), Dashless(summary.Notes.InspectionDates));
        foreach (var item in summary.WhatNeedsToImprove.Concat(summary.Strengths).Take(6))
            Assert.Contains(PdfPageText.Squash(item.Text)[..Math.Min(60, PdfPageText.Squash(item.Text).Length)], PdfPageText.Compact(path, item.Source.Page!.Value));
    }

    [SkippableFact]
    public void Compose_LookedAfterChildren2013_UsesThePreSifScaleAndPlacesNothingNationally()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        // reports.csv has no judgements for this report; these are read by hand from its page 21 ("Record of main findings").
        var expected = new Dictionary<string, string>
        {
            ["overall_effectiveness"] = "Adequate",
            ["capacity_to_improve"] = "Good",
            ["looked_after_outcomes"] = "Adequate",
            ["quality_of_provision"] = "Adequate",
            ["leadership"] = "Adequate",
        };

        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("kent-2013-08-23.pdf"), SummaryFixtures.WithOutcomes());

        Assert.Equal(expected, summary.Judgements.ToDictionary(j => j.Key, j => j.GradeWords));
        Assert.All(summary.Judgements, j => Assert.Equal(21, j.Source.Page));
        Assert.Equal("Kent County Council children's services judged Adequate overall", summary.Headline);
        Assert.Empty(summary.Spread);
        Assert.Equal(PictureStatus.BeforeData, summary.Picture.Status);
        Assert.Contains("Adequate, Inadequate", summary.Notes.GradeMeanings, StringComparison.Ordinal);
    }

    private static int Rank(string words) => GradeWording.TryParseOfstedWords(words, out var g) ? g.Rank() ?? 0 : 0;

    private static string Dashless(string dates) => PdfPageText.Squash(dates.Replace("–", "to").Replace("-", "to"));
}
