namespace Publishing.Tests.Corpus;

/// <summary>
/// The frozen holdout of the focused visits and area SEND inspections (DocumentTypeHoldout.txt): which corpus
/// documents the development tests leave alone, and the method that chose them.
/// </summary>
public static class DocumentTypeHoldout
{
    public static string ListPath => Path.Combine(RepositoryPaths.Root, "tests", "Publishing.Tests", "Corpus", "DocumentTypeHoldout.txt");

    /// <summary>The committed list: each CSV's name with the holdout files of its group.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Committed()
    {
        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in File.ReadLines(ListPath).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            if (line.StartsWith('[') && line.EndsWith(']')) groups[line[1..^1]] = current = [];
            else (current ?? throw new InvalidDataException($"{ListPath}: '{line}' before any [group] line")).Add(line);
        }
        return groups;
    }

    /// <summary>The method of <see cref="CorpusHoldout"/>: sort by the hex SHA-256 of the seeded name, take the first round(n/3)
    /// (n/3 never ends in .5, so the rounding mode does not matter).</summary>
    public static IReadOnlyList<string> Choose(IReadOnlyCollection<string> group)
    {
        var ordered = group.OrderBy(CorpusHoldout.SortKey, StringComparer.Ordinal).ToList();
        var count = (int)Math.Round(group.Count / 3.0, MidpointRounding.AwayFromZero);
        return ordered.Take(count).ToList();
    }

    public static bool IsHoldout(string csv, string file) =>
        Committed().TryGetValue(csv, out var files) && files.Contains(file, StringComparer.Ordinal);
}
