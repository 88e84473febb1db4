namespace Publishing.Tests.Summaries.Rendering;

public class DeterministicOutputTests
{
    [SkippableFact]
    public void RenderAll_SameInputsTwice_GiveByteIdenticalOutput()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var statements = new[]
        {
            SummaryFixtures.Statement("2", "We welcome the report."),
            SummaryFixtures.Statement("1", "This is deeply worrying.", body: "Another Body"),
        };
        var report = SummaryFixtures.Corpus("barnsley-2023-10-27.pdf");
        var history = SummaryFixtures.Corpus("barnsley-2018-11-19.pdf");

        var first = SummaryFixtures.RenderAll(SummaryFixtures.Compose(report, SummaryFixtures.WithOutcomes(history), statements));
        var second = SummaryFixtures.RenderAll(SummaryFixtures.Compose(report, SummaryFixtures.WithOutcomes(history), statements.Reverse().ToArray()));

        foreach (var (format, output) in first)
            Assert.True(output == second[format], $"{format} differs between two runs");
        Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd"), first["json"], StringComparison.Ordinal);
    }
}
