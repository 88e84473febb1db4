namespace Publishing.Tests;

/// <summary>Finds the repository root (where Publishing.sln is) and the shared corpus beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SharedCorpus => Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    public static bool CorpusPresent => File.Exists(Path.Combine(SharedCorpus, "reports.csv"));

    public const string CorpusMissing = "../shared/corpus is not beside the project root: the corpus tests need the 160 Ofsted reports and reports.csv (CI always has them).";

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Publishing.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Publishing.sln not found above " + AppContext.BaseDirectory);
    }
}
