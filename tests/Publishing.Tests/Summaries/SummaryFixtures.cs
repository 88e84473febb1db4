using System.Collections.Concurrent;
using Publishing.Reading;
using Publishing.Reading.Model;
using Publishing.Statements;
using Publishing.Statements.Classification;
using Publishing.Summaries.Composition;
using Publishing.Summaries.Context;
using Publishing.Summaries.Model;
using Publishing.Summaries.Rendering;
using Publishing.Tests.Corpus;
using Publishing.Tests.Samples;

namespace Publishing.Tests.Summaries;

/// <summary>Reports, outcomes data and statements the summary tests share; corpus files are read in place, never copied.</summary>
public static class SummaryFixtures
{
    private static readonly ConcurrentDictionary<string, InspectionReport> Reports = new();
    private static readonly Lazy<OutcomesData> LazyOutcomes = new(() => OutcomesData.LoadFolder(OutcomesFolder));
    private static readonly Lazy<IReadOnlyList<CorpusRow>> LazyRows = new(() => CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv")));

    public static readonly DateTimeOffset AsAt = new(2026, 9, 1, 12, 0, 0, TimeSpan.Zero);

    public static string OutcomesFolder => Path.Combine(RepositoryPaths.SharedCorpus, "ofsted-outcomes");

    public static string CorpusReportPath(string file) => Path.Combine(RepositoryPaths.SharedCorpus, "reports", file);

    public static OutcomesData Outcomes => LazyOutcomes.Value;

    public static IReadOnlyList<CorpusRow> Rows => LazyRows.Value;

    public static CorpusRow Row(string file) => Rows.Single(r => r.File == $"reports/{file}");

    public static InspectionReport Corpus(string file) => Reports.GetOrAdd(file, f => Read(CorpusReportPath(f)));

    public static InspectionReport Sample() =>
        Reports.GetOrAdd("sample", _ => Read(Path.Combine(RepositoryPaths.Root, "samples", "reports", FictionalReport.SampleFileName)));

    // These tests are about summaries, not the reader's speed: a generous budget keeps a loaded shared machine from failing them.
    private static readonly ReportReader Reader = new(new ReportReaderOptions { TimeBudget = TimeSpan.FromMinutes(5) });

    public static InspectionReport Read(string path)
    {
        var result = Reader.ReadFile(path);
        Assert.True(result.Succeeded, $"{path}: {result.Failure?.Message}");
        return result.Report!;
    }

    public static SummaryContext WithOutcomes(params InspectionReport[] history) =>
        new(Outcomes, new ReportHistory(history), new SummaryLinks(new Uri("https://publishing.example/")));

    public static PressSummary Compose(InspectionReport report, SummaryContext? context = null, IReadOnlyList<StatementRecord>? statements = null, DateTimeOffset? asAt = null) =>
        new SummaryComposer(context ?? SummaryContext.None).Compose(report, statements ?? [], asAt ?? AsAt);

    public static IReadOnlyDictionary<string, string> RenderAll(PressSummary summary) =>
        SummaryRenderers.All.ToDictionary(r => r.Format, r => r.Render(summary));

    private static readonly LocalStatementClassifier Classifier = new(KnownCouncils.Empty);

    public static StatementRecord Statement(string id, string text, string body = "Fictional Social Workers' Union",
        DateTimeOffset? receivedAt = null, DateTimeOffset? embargoUntil = null, bool withdrawn = false, int revision = 1, string reportId = "northmoor-2025-11-14") =>
        new()
        {
            Id = id,
            ReportId = reportId,
            Text = text,
            SpeakerName = "Jo Example",
            SpeakerRole = "Spokesperson",
            Body = new SubmittingBody(body, "union"),
            ReceivedAt = receivedAt ?? new DateTimeOffset(2025, 11, 14, 9, 0, 0, TimeSpan.Zero),
            EmbargoUntil = embargoUntil,
            Withdrawn = withdrawn,
            Revision = revision,
            Classification = Classifier.Classify(new StatementInput(text, "Jo Example", "Spokesperson", body)),
        };
}
