using Microsoft.Extensions.Logging;
using Publishing.Hosting.Queues;
using Publishing.Hosting.Telemetry;
using Publishing.Reports;
using Publishing.Statements.Classification;
using Publishing.Statements.Storage;
using Publishing.Storage;
using Publishing.Summaries.Composition;
using Publishing.Summaries.Model;
using Publishing.Summaries.Rendering;
using Publishing.Summaries.Versioning;

namespace Publishing.Summaries.Issuing;

/// <summary>
/// Composes a report's summary from its record and every statement held for it, and issues a new version only if
/// the content changed, so a repeated or retried message issues nothing twice. Then queues the latest version for
/// publishing (publishing is idempotent per version) and, if a statement is still under embargo, queues itself for
/// the moment the next embargo lifts.
/// </summary>
public sealed class ComposeSummaryStep(
    ReportRecordStore records, StatementStore statements, StatementLabeller labeller, SummaryContextSource contexts,
    SummaryVersionStore versions, ComposeQueue composeQueue, PublishingStorage storage, TimeProvider time, ILogger<ComposeSummaryStep> logger) : IQueueStep
{
    public string FunctionName => "ComposeSummary";
    public string QueueName(StorageNames names) => names.ComposeQueue;

    public async Task HandleAsync(string message, QueueDelivery delivery, CancellationToken cancellationToken)
    {
        var request = ComposeRequest.Parse(message);
        if (request.NotBefore is { } due && due > time.GetUtcNow())
        {
            await composeQueue.RescheduleAsync(request, cancellationToken); // early (the queue's cap): wait on, compose nothing
            return;
        }
        var record = await records.GetLatestAsync(request.ReportId, cancellationToken);
        if (record is null)
        {
            logger.LogInformation("No report {ReportId} yet; its statements are held until it lands", request.ReportId);
            return;
        }

        var now = time.GetUtcNow();
        var held = await labeller.LabelAllAsync(await statements.ListForReportAsync(request.ReportId, cancellationToken), cancellationToken);
        var context = await contexts.ForAsync(request.ReportId, cancellationToken);
        var composed = new SummaryComposer(context).Compose(record.Report, PublicStatements.At(held, now), now);
        composed = composed with { Notes = composed.Notes with { Document = new DocumentSource(record.ContentHash, record.Revision, record.Source?.OfstedUrl?.AbsoluteUri, record.Source?.Label ?? "unrecorded", record.ApprovedBy) } };
        var previous = await versions.GetLatestAsync(request.ReportId, cancellationToken);

        var issued = previous;
        if (previous is null || !SameContent(previous, composed))
        {
            var next = SummaryChanges.NextVersion(previous, composed);
            if (await versions.TryAddAsync(next, cancellationToken))
            {
                issued = next;
                PipelineTelemetry.SummariesIssued.Add(1);
                logger.LogInformation("Issued summary {ReportId} v{Version} ({Reason}): {Change}", next.ReportId, next.Version, request.Reason, next.ChangeNote);
            }
            else
            {
                throw new InvalidOperationException($"Summary {next.ReportId} v{next.Version} was issued concurrently; composing again.");
            }
        }
        else
        {
            logger.LogInformation("Summary {ReportId} v{Version} is unchanged ({Reason})", previous.ReportId, previous.Version, request.Reason);
        }

        // A compose for statements that leaves the summary unchanged publishes nothing (it may be for an embargoed
        // statement, and publishing rewrites the public feeds), unless this is a redelivery: an earlier attempt may
        // have stopped between issuing and queueing. A report or reprocess compose always publishes.
        if (!ReferenceEquals(issued, previous) || !request.IsForStatements() || delivery.DequeueCount > 1)
            await storage.Queue(storage.Names.PublishQueue).SendMessageAsync(new PublishRequest(issued!.ReportId, issued.Version).ToJson(), cancellationToken);
        var nextEmbargo = held.Where(s => PublicStatements.IsUnderEmbargo(s, now)).Select(s => s.EmbargoUntil!.Value).DefaultIfEmpty().Min();
        if (nextEmbargo != default)
            await composeQueue.ScheduleAsync(request.ReportId, ComposeRequest.EmbargoLifts, nextEmbargo, cancellationToken);
    }

    /// <summary>Equal apart from version bookkeeping and the composition time.</summary>
    private static bool SameContent(PressSummary previous, PressSummary composed)
    {
        var renderer = new JsonSummaryRenderer();
        static PressSummary Neutral(PressSummary s) => s with { Version = 0, ChangeNote = null, AsAt = default };
        return renderer.Render(Neutral(previous)) == renderer.Render(Neutral(composed));
    }
}
