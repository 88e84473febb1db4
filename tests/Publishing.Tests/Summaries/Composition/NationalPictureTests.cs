using Publishing.Reading.Model;
using Publishing.Summaries.Model;
using Publishing.Tests.Summaries.Context;

namespace Publishing.Tests.Summaries.Composition;

public class NationalPictureTests
{
    [SkippableTheory]
    [InlineData("leeds-2025-08-12.pdf", "With the grades published up to 14 May 2025 and this report's, of ")]
    [InlineData("harrow-2025-03-04.pdf", "As at 4 March 2025, of ")]
    public void Render_CountsFromStatisticsThatEndBeforeTheReport_AreDatedByTheStatistics(string file, string expected)
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus(file), SummaryFixtures.WithOutcomes());

        var lines = Publishing.Summaries.Rendering.SummarySections.PictureLines(summary).ToList();

        Assert.Contains(lines, l => l.StartsWith(expected, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("As at 12 August 2025", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("barnsley-2018-11-19.pdf")]
    [InlineData("barnsley-2023-10-27.pdf")]
    [InlineData("harrow-2025-03-04.pdf")]
    public void Compose_ReportInTheData_CountsEachCouncilsLatestGradeAsAtPublication(string file)
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var report = SummaryFixtures.Corpus(file);
        var asAt = report.PublicationDate!.Date;
        var latest = IndependentOutcomes.LatestAsAt(asAt);
        var regions = IndependentOutcomes.RegionByHistoryName();
        var own = latest.Values.Single(r => r.Published == asAt && r.Name.Equals(SummaryFixtures.Row(file).LocalAuthority, StringComparison.OrdinalIgnoreCase));

        var picture = SummaryFixtures.Compose(report, SummaryFixtures.WithOutcomes()).Picture;

        Assert.Equal(PictureStatus.Available, picture.Status);
        Assert.Equal(asAt, picture.AsAt);
        Assert.Equal(latest.Count, picture.CouncilsCounted);
        foreach (var count in picture.National)
            Assert.Equal(latest.Values.Count(r => r.Overall == count.GradeWords), count.Councils);
        Assert.Equal(regions[own.Name], picture.Region);
        Assert.Equal(latest.Count, latest.Values.Count(r => regions.ContainsKey(r.Name)));
        var regional = latest.Values.Where(r => regions[r.Name] == picture.Region).ToList();
        Assert.Equal(regional.Count, picture.RegionCouncilsCounted);
        foreach (var count in picture.Regional)
            Assert.Equal(regional.Count(r => r.Overall == count.GradeWords), count.Councils);
        Assert.Equal(own.Overall, picture.CouncilGrade!.Value.ToOfstedWords());
        Assert.Contains($"one of {picture.National.Single(c => c.Grade == picture.CouncilGrade).Councils} councils with an overall grade of {own.Overall}", picture.Placement, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Compose_2018ReportBeforeEveryCouncilHadAnIlacsGrade_DoesNotCallThePartialCountsNational()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        // By 28 August 2018 only a few councils had an ILACS grade; the rest still held SIF grades, which the statistics leave out.
        var counted = IndependentOutcomes.LatestAsAt(new DateOnly(2018, 8, 28)).Count;
        // Councils made by reorganisation since 2019 had no grade of any framework then, so none is missing for them.
        string[] created = ["Bournemouth, Christchurch and Poole", "North Northamptonshire", "West Northamptonshire", "Cumberland", "Westmorland and Furness"];
        var now = IndependentOutcomes.LatestAsAt(new DateOnly(2025, 3, 31)).Values;
        Assert.Equal(created.Length, now.Count(r => created.Any(c => r.Name.Replace("&", "and", StringComparison.Ordinal).Equals(c, StringComparison.OrdinalIgnoreCase))));
        var current = now.Count - created.Length;
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("hartlepool-2018-08-28.pdf"), SummaryFixtures.WithOutcomes());

        Assert.Equal(counted, summary.Picture.CouncilsCounted);
        Assert.Equal(current - counted, summary.Picture.CouncilsNotCovered);
        Assert.Contains("so these are not national totals", summary.Picture.Explanation, StringComparison.Ordinal);
        foreach (var (format, output) in SummaryFixtures.RenderAll(summary).Where(r => r.Key != "json"))
        {
            var text = System.Text.RegularExpressions.Regex.Replace(output, @"\s+", " ");
            Assert.DoesNotContain("councils nationally", text, StringComparison.Ordinal);
            Assert.Contains($"of the {counted} councils counted (not a national total: {current - counted} councils had no ILACS grade by then)", text, StringComparison.Ordinal);
        }
    }

    [SkippableTheory]
    [InlineData("harrow-2025-03-04.pdf")]
    [InlineData("barnsley-2023-10-27.pdf")] // Cumberland and Westmorland and Furness, new that April, not yet inspected
    public void Compose_ReportWhenEveryCouncilThatHadAGradeHadAnIlacsOne_GivesNationalTotals(string file)
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus(file), SummaryFixtures.WithOutcomes());

        Assert.Null(summary.Picture.CouncilsNotCovered);
        Assert.All(SummaryFixtures.RenderAll(summary).Where(r => r.Key != "json").Select(r => r.Value),
            output => Assert.Contains("councils nationally", output, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Compose_2019AgainstMarch2025_CountsDifferAsTheDataSay()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var early = SummaryFixtures.Compose(SummaryFixtures.Corpus("barnsley-2018-11-19.pdf"), SummaryFixtures.WithOutcomes()).Picture;
        var late = SummaryFixtures.Compose(SummaryFixtures.Corpus("harrow-2025-03-04.pdf"), SummaryFixtures.WithOutcomes()).Picture;

        Assert.True(early.CouncilsCounted < late.CouncilsCounted, $"{early.CouncilsCounted} councils by Nov 2018, {late.CouncilsCounted} by Mar 2025");
        Assert.NotEqual(early.National.Select(c => c.Councils), late.National.Select(c => c.Councils));
        Assert.Equal(early.CouncilsCounted, early.National.Sum(c => c.Councils));
    }

    [SkippableFact]
    public void Compose_2015SifReport_SaysThePictureIsUnavailableForThatDate()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("kingston-upon-hull-2015-02-10.pdf"), SummaryFixtures.WithOutcomes());

        Assert.Equal(PictureStatus.BeforeData, summary.Picture.Status);
        Assert.Empty(summary.Picture.National);
        foreach (var (format, output) in SummaryFixtures.RenderAll(summary))
        {
            Assert.Contains("No national count is given for 10 February 2015", output, StringComparison.Ordinal);
            Assert.DoesNotContain("councils nationally", output, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public void Compose_2026ReportWithALaterReportRead_CountsItAndLeavesOutTheCouncilWithoutAnOverallGrade()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var wandsworth = SummaryFixtures.Corpus("wandsworth-2026-05-18.pdf");
        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("trafford-2026-08-03.pdf"), SummaryFixtures.WithOutcomes(wandsworth));
        var atDataEnd = IndependentOutcomes.LatestAsAt(new DateOnly(2026, 8, 3));

        Assert.Equal(PictureStatus.Available, summary.Picture.Status);
        Assert.Null(summary.Picture.CouncilGrade);
        Assert.Equal(atDataEnd.Count - 1, summary.Picture.CouncilsCounted); // Trafford has no overall grade now
        Assert.Contains(summary.Picture.Sources, s => s is { Kind: "pipeline-report", ReportId: "wandsworth-2026-05-18" });
        Assert.Contains("and 1 later report by Ofsted", summary.Picture.Explanation, StringComparison.Ordinal);
        Assert.Contains("no overall grade", summary.Picture.Placement, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_NothingConfigured_GivesThePictureFromTheShippedReleaseAndSaysWhichRelease()
    {
        var summary = SummaryFixtures.Compose(SummaryFixtures.Sample());

        Assert.Equal(PictureStatus.Available, summary.Picture.Status);
        Assert.Equal("as at 31 March 2025", summary.Picture.ReleaseName);
        Assert.Equal(153, summary.Picture.CouncilsCounted);
        Assert.All(SummaryFixtures.RenderAll(summary).Values.Select(o => System.Text.RegularExpressions.Regex.Replace(o, @"\s+", " ")), output =>
        {
            Assert.Contains("Local authority inspection outcomes as at 31 March 2025", output, StringComparison.Ordinal);
            Assert.Contains("Open Government Licence v3.0", output, StringComparison.Ordinal);
            Assert.DoesNotContain("not configured", output, StringComparison.OrdinalIgnoreCase);
        });
    }

    [SkippableFact]
    public void Compose_FictionalCouncil_IsNotPlacedButOthersAreCounted()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var picture = SummaryFixtures.Compose(SummaryFixtures.Sample(), SummaryFixtures.WithOutcomes()).Picture;

        Assert.Equal(PictureStatus.Available, picture.Status);
        Assert.Null(picture.Region);
        Assert.Equal(IndependentOutcomes.LatestAsAt(new DateOnly(2025, 11, 14)).Count, picture.CouncilsCounted);
        Assert.Contains("is not among the councils in Ofsted's statistics", picture.Placement, StringComparison.Ordinal);
    }
}
