using System.Collections.Concurrent;
using Publishing.Reading;
using Publishing.Reading.Model;

namespace Publishing.Tests.Corpus;

/// <summary>Reads corpus reports in parallel for structural checks; a report that cannot be read is itself a problem.</summary>
internal static class CorpusReads
{
    /// <summary>A budget for a machine shared by many builds: a corpus read that times out says nothing about the reader.</summary>
    public static ReportReaderOptions Unhurried { get; } = new() { TimeBudget = TimeSpan.FromMinutes(5) };

    public static void ForEach(IEnumerable<CorpusRow> rows, ReportReader reader, ConcurrentBag<string> problems,
        Action<CorpusRow, string, InspectionReport> check, int maxDegreeOfParallelism = -1)
    {
        Parallel.ForEach(rows, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, row =>
        {
            var path = Path.Combine(RepositoryPaths.SharedCorpus, row.File);
            var result = reader.ReadFile(path);
            if (!result.Succeeded)
            {
                problems.Add($"{row.File}: not read");
                return;
            }
            check(row, path, result.Report);
        });
    }
}
