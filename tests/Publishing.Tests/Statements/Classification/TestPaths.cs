namespace Publishing.Tests.Statements.Classification;

/// <summary>The classifier's data files and the shared council lookup CSV, under <see cref="RepositoryPaths.Root"/>.</summary>
internal static class TestPaths
{
    public static string RepositoryRoot => RepositoryPaths.Root;

    /// <summary>../shared/corpus/ofsted-outcomes/la_lookup.csv relative to the repository root.</summary>
    public static string CouncilCsv { get; } =
        Path.Combine(RepositoryPaths.SharedCorpus, "ofsted-outcomes", "la_lookup.csv");

    public static string DevSet { get; } =
        Path.Combine(RepositoryRoot, "tests", "Publishing.Tests", "Statements", "Classification", "dev-set.jsonl");

    public static string HoldoutSet { get; } =
        Path.Combine(RepositoryRoot, "tests", "Publishing.Tests", "Statements", "Classification", "holdout-set.jsonl");

    public static string SecondHoldoutSet { get; } =
        Path.Combine(RepositoryRoot, "tests", "Publishing.Tests", "Statements", "Classification", "holdout2-set.jsonl");

    public static string ThirdHoldoutSet { get; } =
        Path.Combine(RepositoryRoot, "tests", "Publishing.Tests", "Statements", "Classification", "holdout3-set.jsonl");

    public static string FourthHoldoutSet { get; } =
        Path.Combine(RepositoryRoot, "tests", "Publishing.Tests", "Statements", "Classification", "holdout4-set.jsonl");

    public static string FifthHoldoutSet { get; } =
        Path.Combine(RepositoryRoot, "tests", "Publishing.Tests", "Statements", "Classification", "holdout5-set.jsonl");
}
