using System.Diagnostics;
using Publishing.Reading;
using Publishing.Statements;
using Publishing.Statements.Classification;
using Publishing.Summaries.Composition;
using Publishing.Summaries.Context;
using Publishing.Summaries.Rendering;

/// <summary>
/// Summary benchmark: composing one report's press summary with 50 statements (and the outcomes data, where given),
/// then rendering all four forms. Best of 30 runs after a warm-up; the report is read and the statements classified
/// once, outside the timing, as the pipeline does at intake.
/// Usage: dotnet run -c Release --project tests/Publishing.Benchmarks -- summary &lt;report.pdf&gt; [outcomes dir]
/// </summary>
internal static class SummaryBench
{
    private const int Statements = 50;
    private const int Runs = 30;

    public static int Run(string[] args)
    {
        if (args.Length is 0 or > 2 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: summary <report.pdf> [outcomes dir]");
            return 2;
        }
        var read = new ReportReader().ReadFile(args[0]);
        if (!read.Succeeded)
        {
            Console.Error.WriteLine($"{args[0]}: {read.Failure.Message}");
            return 1;
        }
        var report = read.Report;
        var clock = Stopwatch.StartNew();
        // No folder: the release shipped in the assembly (what a fresh install composes with).
        var outcomes = OutcomesSource.Load(args.Length == 2 ? args[1] : null);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        var statements = MakeStatements(report.Council.Name, ReportIds.For(report)!, outcomes.Councils);
        var composer = new SummaryComposer(new SummaryContext(outcomes, ReportHistory.Empty, new SummaryLinks(new Uri("https://publishing.example/"))));
        var asAt = new DateTimeOffset(report.PublicationDate!.Date.AddDays(1), TimeOnly.MinValue, TimeSpan.Zero);

        double compose = double.MaxValue, all = double.MaxValue;
        long bytes = 0;
        for (var run = -5; run < Runs; run++)
        {
            clock.Restart();
            var summary = composer.Compose(report, statements, asAt);
            var composed = clock.Elapsed.TotalMilliseconds;
            bytes = SummaryRenderers.All.Sum(r => (long)r.Render(summary).Length);
            var rendered = clock.Elapsed.TotalMilliseconds;
            if (run < 0) continue;
            compose = Math.Min(compose, composed);
            all = Math.Min(all, rendered);
        }
        Console.WriteLine($"report: {Path.GetFileName(args[0])}, statements: {Statements}, outcomes: {outcomes.Release.AsAtWords}, {outcomes.Inspections.Count} inspections, loaded in {loadMs:0.0} ms");
        Console.WriteLine($"compose (best of {Runs}):                 {compose,8:0.000} ms");
        Console.WriteLine($"compose + render 4 forms (best of {Runs}): {all,8:0.000} ms  ({bytes:N0} characters)");
        return 0;
    }

    private static List<StatementRecord> MakeStatements(string council, string reportId, KnownCouncils councils)
    {
        string[] openings =
        [
            $"We welcome today's report on {council} and thank social workers for their commitment.",
            $"This judgement on {council} is deeply worrying and shows children have been let down.",
            $"The report recognises real strengths in {council}, but the delays at the front door must be fixed.",
            $"Inspectors found that children in care in {council} are well supported; we will study the findings.",
        ];
        var classifier = new LocalStatementClassifier(councils);
        var start = new DateTimeOffset(2020, 1, 1, 9, 0, 0, TimeSpan.Zero);
        return Enumerable.Range(0, Statements).Select(i =>
        {
            var text = $"{openings[i % openings.Length]} Statement {i} adds that funding and recruitment remain the main pressures.";
            return new StatementRecord
            {
                Id = $"bench-{i:00}",
                ReportId = reportId,
                Text = text,
                SpeakerName = $"Speaker {i}",
                SpeakerRole = "Spokesperson",
                Body = new SubmittingBody($"Body {i % 7}", "sector-body"),
                ReceivedAt = start.AddMinutes(i),
                Classification = classifier.Classify(new StatementInput(text, $"Speaker {i}", "Spokesperson", $"Body {i % 7}")),
            };
        }).ToList();
    }
}
