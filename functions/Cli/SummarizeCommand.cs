using Publishing.Reading;
using Publishing.Statements;
using Publishing.Statements.Classification;
using Publishing.Summaries.Composition;
using Publishing.Summaries.Context;
using Publishing.Summaries.Rendering;

namespace Publishing.Cli;

/// <summary>
/// <c>publishing summarize &lt;report.pdf&gt; [options]</c>: the press summary of one report, with statements, previous
/// inspection and national picture where given, in Markdown (default, to stdout), HTML, text or JSON.
/// </summary>
internal static class SummarizeCommand
{
    public static int Run(string[] args, TimeProvider time)
    {
        if (args is ["--help"] or ["-h"])
        {
            Console.Out.WriteLine(SummarizeOptions.Usage);
            return 0;
        }
        SummarizeOptions options;
        try
        {
            options = SummarizeOptions.Parse(args);
        }
        catch (FormatException ex)
        {
            return Fail($"{ex.Message}\n{SummarizeOptions.Usage}");
        }
        try
        {
            return Summarize(options, time);
        }
        catch (Exception ex) when (ex is FormatException or OutcomesDataException or IOException or UnauthorizedAccessException)
        {
            return Fail(ex.Message);
        }
    }

    private static int Summarize(SummarizeOptions options, TimeProvider time)
    {
        if (!File.Exists(options.Report)) return Fail($"no such file '{options.Report}'");
        if (options.Statements is { } s && !File.Exists(s)) return Fail($"no such statements file '{s}'");
        var reader = new ReportReader();
        var result = reader.ReadFile(options.Report);
        if (!result.Succeeded) return Fail($"{options.Report}: {result.Failure.Message}");
        var report = result.Report;

        var outcomes = OutcomesSource.Load(OutcomesSource.Folder(options.Outcomes ?? Environment.GetEnvironmentVariable(OutcomesSource.EnvironmentVariable), Hosting.LocalState.OutcomesFolder()));
        var history = ReportHistory.Empty;
        if (options.History is { } historyDir)
        {
            history = ReportHistory.FromFolder(historyDir, reader, out var failures);
            foreach (var failure in failures) Console.Error.WriteLine($"publishing summarize: history: {failure} (skipped)");
        }

        var asAt = options.AsAt ?? time.GetUtcNow();
        var published = report.PublishedOrInspected;
        var statements = options.Statements is { } path
            ? StatementsFile.Read(path, ReportIds.For(report.Council.Key, published), report.PublicationDate?.Date, asAt,
                new LocalStatementClassifier(outcomes.Councils))
            : [];

        var context = new SummaryContext(outcomes, history, new SummaryLinks(options.BaseUrl, options.ReportUrl));
        var summary = new SummaryComposer(context).Compose(report, statements, asAt);
        var renderers = options.Formats.Select(f => SummaryRenderers.Find(f)!).ToList();
        if (options.OutDir is null)
        {
            Console.Out.Write(renderers[0].Render(summary));
            return 0;
        }
        Directory.CreateDirectory(options.OutDir);
        foreach (var renderer in renderers)
        {
            var file = Path.Combine(options.OutDir, $"{summary.ReportId}.{renderer.FileExtension}");
            File.WriteAllText(file, renderer.Render(summary));
            Console.Error.WriteLine($"publishing summarize: wrote {file}");
        }
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"publishing summarize: {message}");
        return 1;
    }
}
