using Microsoft.Extensions.Logging.Abstractions;
using Publishing.Reading;
using Publishing.Reports;
using Publishing.Summaries.Issuing;

namespace Publishing.Cli;

/// <summary>
/// <c>publishing reprocess &lt;report id&gt;... | --all [--reread]</c>: runs reports through the pipeline again. Without
/// --reread it re-composes their summaries (a new version only if something changed); with --reread it first reads
/// each report's PDF again, recording a new revision where the reading differs (after a reader fix).
/// </summary>
internal static class ReprocessCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        CommandArguments arguments;
        try { arguments = new CommandArguments(args, new HashSet<string> { "--all", "--reread" }); }
        catch (ArgumentException e) { return Usage(e.Message); }
        if (!arguments.Has("--all") && arguments.Positional.Count == 0) return Usage("name report ids or pass --all.");
        var storage = CliStorage.Resolve(arguments);
        if (storage is null) return Usage(CliStorage.Missing);

        var records = new ReportRecordStore(storage);
        var queue = new ComposeQueue(storage, TimeProvider.System);
        var ids = arguments.Has("--all") ? await records.ListReportIdsAsync() : arguments.Positional;
        var failures = 0;
        foreach (var id in ids)
        {
            var record = await records.GetLatestAsync(id);
            if (record is null) { Console.Error.WriteLine($"{id}: no such report"); failures++; continue; }
            if (arguments.Has("--reread"))
            {
                var limits = new ReportReaderOptions();
                var content = await new ReportBlobSource(storage, limits).DownloadAsync(record.BlobName, CancellationToken.None);
                if (content is null) { Console.Error.WriteLine($"{id}: its PDF {record.BlobName} is no longer in the reports container"); failures++; continue; }
                var arrival = new ReportArrival(new ReportReader(limits), records, queue, new ReadAttempts(storage, limits, TimeProvider.System), new Approval.HeldDocumentStore(storage), new ReportBlobSource(storage, limits),
                    new Reports.Provenance.ProvenanceOptions(), TimeProvider.System, NullLogger<ReportArrival>.Instance);
                var outcome = await arrival.HandleAsync(record.BlobName, content, CancellationToken.None, reread: true);
                Console.Out.WriteLine(outcome.Failure is null ? $"{id}: re-read (revision {outcome.Revision})" : $"{id}: re-read failed: {outcome.Failure.Message}");
                continue; // re-reading queues the compose itself
            }
            await queue.ReportRecordedAsync(id, "reprocess", CancellationToken.None);
            Console.Out.WriteLine($"{id}: queued for composition");
        }
        return failures == 0 ? 0 : 1;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"publishing reprocess: {problem}");
        Console.Error.WriteLine("usage: publishing reprocess <report id>... | --all  [--reread] [--storage <connection string>]");
        return 2;
    }
}
