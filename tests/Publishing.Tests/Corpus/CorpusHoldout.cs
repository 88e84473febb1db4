using System.Security.Cryptography;
using System.Text;

namespace Publishing.Tests.Corpus;

/// <summary>
/// The frozen holdout of reports.csv (<c>reports-holdout.txt</c> beside this file): by framework + era, each group's file
/// names sorted by SHA-256 of "publishing-holdout-2026:&lt;file&gt;", the first third held out; groups under ten stay whole
/// in development.
/// </summary>
public static class CorpusHoldout
{
    public const string Seed = "publishing-holdout-2026:";
    public const int SmallestSplitGroup = 10;

    public static string ListPath => Path.Combine(RepositoryPaths.Root, "tests", "Publishing.Tests", "Corpus", "reports-holdout.txt");

    /// <summary>The committed list: one file name per line, '#' lines are its header.</summary>
    public static IReadOnlySet<string> Committed() =>
        File.ReadAllLines(ListPath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> Compute(IEnumerable<CorpusRow> rows) =>
        rows.GroupBy(r => (r.Framework, r.Era))
            .OrderBy(g => g.Key.Framework, StringComparer.Ordinal).ThenBy(g => g.Key.Era, StringComparer.Ordinal)
            .SelectMany(g =>
            {
                var files = g.Select(r => r.File).OrderBy(SortKey, StringComparer.Ordinal).ToList();
                return files.Count < SmallestSplitGroup ? [] : files.Take((int)Math.Round(files.Count / 3.0, MidpointRounding.ToEven));
            })
            .ToList();

    public static string SortKey(string file) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Seed + file)));
}
