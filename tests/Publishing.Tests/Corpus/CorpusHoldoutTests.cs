namespace Publishing.Tests.Corpus;

public class CorpusHoldoutTests
{
    [SkippableFact]
    public void CommittedHoldout_IsTheSeededThirdOfEachGroup()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var rows = CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv"));

        var computed = CorpusHoldout.Compute(rows);

        Assert.Equal(computed.Order(StringComparer.Ordinal), CorpusHoldout.Committed().Order(StringComparer.Ordinal));
        Assert.Equal(50, computed.Count); // 15 of 46 ILACS-2018-22, 17 of 51 ILACS-2023-26, 18 of 54 SIF
    }

    [Fact]
    public void SortKey_IsTheHexSha256OfTheSeededName() =>
        // sha256("publishing-holdout-2026:reports/x.pdf"), computed independently with sha256sum.
        Assert.Equal(ExpectedKey, CorpusHoldout.SortKey("reports/x.pdf"));

    private const string ExpectedKey = "ee938bb6fafdce39d6b6ba508511f0962d9143b1254bc844d950d26dda0ca362";
}
