namespace Publishing.Tests.Corpus;

/// <summary>The committed holdout list is what the method gives on today's CSVs; a drift (an edited list, a CSV with
/// other files) fails here rather than silently moving documents between the parts.</summary>
public class DocumentTypeHoldoutTests
{
    [SkippableTheory]
    [InlineData("focused-visits.csv", 183, 61)]
    [InlineData("area-send.csv", 27, 9)]
    public void CommittedHoldout_IsRecomputedFromTheCsv(string csv, int documents, int holdout)
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var files = File.ReadLines(Path.Combine(RepositoryPaths.SharedCorpus, csv)).Skip(1)
            .Where(l => l.Length > 0).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(documents, files.Count);

        var chosen = DocumentTypeHoldout.Choose(files);
        Assert.Equal(holdout, chosen.Count);
        Assert.Equal(chosen, DocumentTypeHoldout.Committed()[csv]);
    }

    [Fact]
    public void Choose_TakesTheFirstThirdByHashOrder_NotByName()
    {
        // sha256sum of "publishing-holdout-2026:<name>" orders these e (8ebd…), c (9800…), f (d026…), d (e512…).
        string[] names = ["c.pdf", "d.pdf", "e.pdf", "f.pdf"];
        Assert.Equal(["e.pdf"], DocumentTypeHoldout.Choose(names));
        Assert.Equal(["e.pdf"], DocumentTypeHoldout.Choose(names.Reverse().ToArray()));
    }
}
