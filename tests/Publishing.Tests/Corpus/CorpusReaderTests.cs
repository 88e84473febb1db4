using System.Collections.Concurrent;
using Publishing.Reading;
using Publishing.Reading.Model;
using Xunit.Abstractions;

namespace Publishing.Tests.Corpus;

/// <summary>Reads all 160 corpus reports and compares every judgement, the council, framework and dates with reports.csv.</summary>
public class CorpusReaderTests(ITestOutputHelper output)
{
    private const string NotPartOfReport = "not part of this report";

    [SkippableFact]
    public void ReadAll_CorpusReports_AgreeWithReportsCsv()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var rows = CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv"));
        var reader = new ReportReader();
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
        if (!result.Succeeded) return [$"not read: {result.Failure.Message}"];
        var report = result.Report;
        var problems = new List<string>();
        if (report.Council.Key != row.CouncilKey) problems.Add($"council key {report.Council.Key} ('{report.Council.Name}'), expected {row.CouncilKey}");
        if (report.FrameworkName != row.Framework || report.Era != row.Era) problems.Add($"framework {report.FrameworkName}/{report.Era}, expected {row.Framework}/{row.Era}");
        var printed = string.Join(' ', report.InspectionDates.Value.Printed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (printed != string.Join(' ', row.InspectionDates.Split(' ', StringSplitOptions.RemoveEmptyEntries))) problems.Add($"inspection dates '{printed}', expected '{row.InspectionDates}'");
        if (report.InspectionDates.Value.Start > report.InspectionDates.Value.End) problems.Add("inspection starts after it ends");
        if (report.PublicationDate?.Date.ToString("yyyy-MM-dd") != row.PublicationDate) problems.Add($"published {report.PublicationDate?.Date}, expected {row.PublicationDate}");

        var expected = row.Judgements.Where(j => j.Value != NotPartOfReport).ToDictionary(j => j.Key, j => j.Value);
        foreach (var (key, grade) in expected)
        {
            var found = report.Find(key);
            if (found?.GradeWords != grade) problems.Add($"{key}: {found?.GradeWords ?? "missing"}, expected {grade}");
        }
        // The 2013 looked-after children framework graded on the older scale, which reports.csv does not list.
        if (report.Framework != Framework.LookedAfterChildren2013)
        {
            foreach (var extra in report.Judgements.Where(j => !expected.ContainsKey(j.Key)))
                problems.Add($"{extra.Key}: {extra.GradeWords} read, but the report states no such judgement");
        }
        if (row.Judgements.TryGetValue(JudgementKeys.Lscb, out var lscb) && lscb == NotPartOfReport && report.Lscb is not null)
            problems.Add("LSCB judgement read from a report without the LSCB review");
        if (report.OverallEffectiveness.Given != expected.ContainsKey(JudgementKeys.OverallEffectiveness) && report.Framework != Framework.LookedAfterChildren2013)
            problems.Add($"overall effectiveness given={report.OverallEffectiveness.Given}, expected {!report.OverallEffectiveness.Given}");
        if (report.Judgements.Any(j => j.Page < 1 || j.Page > report.PageCount)) problems.Add("a judgement without a valid page");
        return problems;
    }
}
