namespace Publishing.Tests.Statements.Classification;

/// <summary>Locates the repository root (the folder holding Publishing.sln) and the shared council lookup CSV.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>../shared/corpus/ofsted-outcomes/la_lookup.csv relative to the repository root.</summary>
    public static string CouncilCsv { get; } =
        Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "ofsted-outcomes", "la_lookup.csv"));

    public static string DevSet { get; } =
        Path.Combine(RepositoryRoot, "tests", "Publishing.Tests", "Statements", "Classification", "dev-set.jsonl");

    public static string HoldoutSet { get; } =
        Path.Combine(RepositoryRoot, "tests", "Publishing.Tests", "Statements", "Classification", "holdout-set.jsonl");

    public static string SecondHoldoutSet { get; } =
        Path.Combine(RepositoryRoot, "tests", "Publishing.Tests", "Statements", "Classification", "holdout2-set.jsonl");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Publishing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Publishing.sln above {AppContext.BaseDirectory}.");
    }
}
