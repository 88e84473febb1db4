using System.Collections.Concurrent;
using Publishing.Reading;
using Xunit.Abstractions;

namespace Publishing.Tests.Corpus;

/// <summary>
/// Coverage (read / offered) and accuracy (fields right / fields read) by framework + era, on the development part and
/// on the frozen holdout separately. A field the reader marks unread lowers neither; a wrong one lowers accuracy.
/// </summary>
public class CorpusGeneralisationTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void ReadAll_DevelopmentAndHoldout_CoverageAndAccuracyByFrameworkAndEra()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var rows = CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv"));
        var holdout = CorpusHoldout.Committed();
        var reader = new ReportReader(CorpusReads.Unhurried);
        var checks = new ConcurrentDictionary<string, IReadOnlyList<FieldCheck>?>();
        Parallel.ForEach(rows, row =>
        {
            var result = reader.ReadFile(Path.Combine(RepositoryPaths.SharedCorpus, row.File));
            checks[row.File] = result.Succeeded ? CorpusFields.Check(row, result.Report) : null;
        });

        var lines = new List<string> { $"{"part",-8} {"framework / era",-50} {"coverage",-14} {"accuracy",-16} unread" };
        foreach (var part in new[] { "dev", "holdout" })
        {
            var inPart = rows.Where(r => holdout.Contains(r.File) == (part == "holdout")).ToList();
            foreach (var group in inPart.GroupBy(r => r.Era).OrderBy(g => g.Key, StringComparer.Ordinal).Append(inPart.GroupBy(_ => "all").Single()))
                lines.Add(Line(part, group.Key, group.Select(r => checks[r.File]).ToList()));
        }
        foreach (var line in lines)
        {
            output.WriteLine(line);
            Console.WriteLine(line);
        }

        var read = checks.Values.Where(c => c is not null).SelectMany(c => c!).Where(c => c.Read).ToList();
        Assert.Empty(read.Where(c => !c.Right).Select(c => c.Detail)); // every field read is right, holdout included
        Assert.All(rows.Where(r => !holdout.Contains(r.File)), r => Assert.NotNull(checks[r.File])); // every dev report read
    }

    private static string Line(string part, string group, IReadOnlyList<IReadOnlyList<FieldCheck>?> reports)
    {
        var read = reports.Where(r => r is not null).SelectMany(r => r!).ToList();
        var fieldsRead = read.Count(c => c.Read);
        var right = read.Count(c => c.Right);
        var covered = reports.Count(r => r is not null);
        return $"{part,-8} {group,-50} {$"{covered}/{reports.Count} {Percent(covered, reports.Count)}",-14} {$"{right}/{fieldsRead} {Percent(right, fieldsRead)}",-16} {read.Count(c => !c.Read)}";
    }

    private static string Percent(int part, int whole) => whole == 0 ? "-" : $"{100.0 * part / whole:0.0}%";
}
