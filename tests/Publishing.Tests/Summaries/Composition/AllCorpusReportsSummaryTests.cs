using Publishing.Summaries.Context;

namespace Publishing.Tests.Summaries.Composition;

/// <summary>
/// Every corpus report, summarised with the outcomes data and every other corpus report as history, rendered in all
/// four forms and read back: each grade stated for one of the report's judgements is the grade reports.csv records.
/// </summary>
public class AllCorpusReportsSummaryTests
{
    [SkippableFact]
    public void RenderAllForms_EveryCorpusReport_StatesOnlyGradesTheReportContains()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var rows = SummaryFixtures.Rows;
        var reports = rows.AsParallel().Select(r => SummaryFixtures.Corpus(Path.GetFileName(r.File))).ToList();
        var context = SummaryFixtures.WithOutcomes([.. reports]);
        var problems = new List<string>();
        var checkedGrades = 0;

        foreach (var (row, report) in rows.Zip(reports))
        {
            var oracle = row.Judgements;
            var summary = SummaryFixtures.Compose(report, context);
            foreach (var (format, output) in SummaryFixtures.RenderAll(summary))
            {
                var stated = RenderedGrades.Read(format, output);
                var tableRows = stated.Count(s => s.Where.EndsWith("table", StringComparison.Ordinal) || s.Where == "json judgements");
                if (tableRows != report.Judgements.Count) problems.Add($"{row.File} {format}: read {tableRows} table rows back, the report has {report.Judgements.Count}");
                if (row.Era == "ILACS-2026" && stated.Any(s => s.Key == "overall_effectiveness"))
                    problems.Add($"{row.File} {format}: states an overall grade for a 2026-format report: {stated.First(s => s.Key == "overall_effectiveness").Where}");
                // Kent 2013 has no judgements in reports.csv; CorpusGoldenSummaryTests checks it against its page 21.
                if (oracle.Count == 0) continue;
                foreach (var s in stated)
                {
                    checkedGrades++;
                    if (!oracle.TryGetValue(s.Key, out var expected) || !expected.Equals(s.GradeWords, StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{row.File} {format}: states {s.Key} = {s.GradeWords} ({s.Where}); the report states {expected ?? "no such judgement"}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(40)));
        Assert.True(checkedGrades > 160 * 4 * 4, $"only {checkedGrades} stated grades were read back");
    }
}
