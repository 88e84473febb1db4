using Publishing.Tests.Corpus;

namespace Publishing.Tests.Pipeline;

/// <summary>
/// One report of every era and document type the reader supports, each dropped through the stored pipeline by
/// <see cref="StoredPipelineCheck"/>. One row a case: a new document type (focused visits, area SEND) adds its row
/// with the file under ../shared/corpus and the grades its oracle gives (none where the document grades nothing).
/// </summary>
public sealed record StoredPipelineCase(string Label, string CorpusFile, IReadOnlyDictionary<string, string> ExpectedGrades)
{
    public string ReportId => Path.GetFileNameWithoutExtension(CorpusFile);
    public string PdfPath => Path.Combine(RepositoryPaths.SharedCorpus, CorpusFile);
    public string? OverallGrade => ExpectedGrades.GetValueOrDefault("overall_effectiveness");

    public override string ToString() => $"{Label} ({ReportId})";
}

public static class StoredPipelineCases
{
    public static IReadOnlyList<StoredPipelineCase> All() =>
    [
        FromReportsCsv("SIF", "reports/bedford-2017-04-07.pdf"),
        FromReportsCsv("SIF re-inspection", "reports/doncaster-2018-01-19.pdf"),
        // reports.csv records no judgements for this one; these are read by hand from its page 21 ("Record of main findings").
        new("2013 looked-after children", "reports/kent-2013-08-23.pdf", new Dictionary<string, string>
        {
            ["overall_effectiveness"] = "Adequate",
            ["capacity_to_improve"] = "Good",
            ["looked_after_outcomes"] = "Adequate",
            ["quality_of_provision"] = "Adequate",
            ["leadership"] = "Adequate",
        }),
        FromReportsCsv("ILACS 2018-22", "reports/barnsley-2018-11-19.pdf"),
        FromReportsCsv("ILACS 2023-26", "reports/bexley-2023-03-24.pdf"),
        FromReportsCsv("ILACS 2026 (no overall grade)", "reports/blackpool-2026-07-28.pdf"),
    ];

    /// <summary>A graded report: its grades as reports.csv records them.</summary>
    private static StoredPipelineCase FromReportsCsv(string label, string file) =>
        new(label, file, ReportsCsv.Value.Single(r => r.File == file).Judgements);

    private static readonly Lazy<IReadOnlyList<CorpusRow>> ReportsCsv = new(() => CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv")));
}
