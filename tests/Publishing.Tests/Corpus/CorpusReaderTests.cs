using System.Collections.Concurrent;
using Publishing.Reading;
using Publishing.Reading.Model;
using Xunit.Abstractions;

namespace Publishing.Tests.Corpus;

/// <summary>Reads all 160 corpus reports and compares every judgement, the council, framework and dates with reports.csv.</summary>
public class CorpusReaderTests(ITestOutputHelper output)
{
    private const string NotPartOfReport = CorpusFields.NotPartOfReport;

    [SkippableFact]
    public void ReadAll_CorpusReports_AgreeWithReportsCsv()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var rows = CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv"));
        var reader = new ReportReader(CorpusReads.Unhurried);
        var problems = new ConcurrentDictionary<string, List<string>>();
        Parallel.ForEach(rows, row =>
        {
            var path = Path.Combine(RepositoryPaths.SharedCorpus, row.File);
            problems[row.File] = Compare(row, reader.ReadFile(path));
        });

        var lines = new List<string> { $"{"era",-50} {"reports",7} {"agree",6}" };
        foreach (var era in rows.GroupBy(r => r.Era).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var agree = era.Count(r => problems[r.File].Count == 0);
            lines.Add($"{era.Key,-50} {era.Count(),7} {agree,6}");
        }
        var total = rows.Count(r => problems[r.File].Count == 0);
        lines.Add($"{"all",-50} {rows.Count,7} {total,6}  ({100.0 * total / rows.Count:0.0}% agreement)");
        foreach (var (file, list) in problems.Where(p => p.Value.Count > 0).OrderBy(p => p.Key, StringComparer.Ordinal))
            lines.Add($"  {file}: {string.Join("; ", list)}");
        foreach (var line in lines)
        {
            output.WriteLine(line);
            Console.WriteLine(line);
        }
        Assert.Equal(160, rows.Count);
        Assert.Equal(rows.Count, total);
    }

    private static List<string> Compare(CorpusRow row, ReadResult result)
    {
        var problems = CorpusFields.Problems(result, row).ToList();
        if (!result.Succeeded) return problems;
        var report = result.Report;
        var expected = row.Judgements.Where(j => j.Value != NotPartOfReport).ToDictionary(j => j.Key, j => j.Value);
        if (row.Judgements.TryGetValue(JudgementKeys.Lscb, out var lscb) && lscb == NotPartOfReport && report.Lscb is not null)
            problems.Add("LSCB judgement read from a report without the LSCB review");
        if (report.OverallEffectiveness.Given != expected.ContainsKey(JudgementKeys.OverallEffectiveness) && report.Framework != Framework.LookedAfterChildren2013)
            problems.Add($"overall effectiveness given={report.OverallEffectiveness.Given}, expected {!report.OverallEffectiveness.Given}");
        if (report.Judgements.Any(j => j.Page < 1 || j.Page > report.PageCount)) problems.Add("a judgement without a valid page");
        return problems;
    }
}
