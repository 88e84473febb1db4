using Publishing.Hosting.Caching;
using Publishing.Reports;
using Publishing.Statements;
using Publishing.Statements.Intake;
using Publishing.Storage;

namespace Publishing.Summaries.Issuing;

/// <summary>
/// Queues summary composition. A new report is composed at once. Statement changes are coalesced: the first change
/// queues a compose a moment later, and further changes for the same report before it runs ride on it (composition
/// reads every statement when it runs). Embargoes are handled by the compose step, which re-queues itself for the
/// next embargo to lift.
/// </summary>
public sealed class ComposeQueue(PublishingStorage storage, TimeProvider time) : IReportTrigger, ISummaryTrigger
{
    private const int MaxPending = 10_000;
    // Bounded: evicting a report still in its window only means one more compose, never a lost one.
    private readonly BoundedCache<string, DateTimeOffset> _pendingUntil = new(MaxPending, comparer: StringComparer.Ordinal);

    /// <summary>How long statement changes are gathered before the summary is re-issued.</summary>
    public TimeSpan StatementCoalescing { get; init; } = TimeSpan.FromSeconds(1);

    public Task ReportRecordedAsync(string reportId, string reason, CancellationToken cancellationToken) =>
        EnqueueAsync(new ComposeRequest(reportId, reason), TimeSpan.Zero, cancellationToken);

    public async Task StatementsChangedAsync(StatementRecord statement, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // A new statement under embargo changes nothing public until it lifts: compose then, not now.
        if (statement.Revision == 1 && PublicStatements.IsUnderEmbargo(statement, now))
        {
            await ScheduleAsync(statement.ReportId, ComposeRequest.EmbargoLifts, statement.EmbargoUntil!.Value, cancellationToken);
            return;
        }
        if (_pendingUntil.TryGet(statement.ReportId, out var until) && until > now) return;
        _pendingUntil.Set(statement.ReportId, now + StatementCoalescing);
        await EnqueueAsync(new ComposeRequest(statement.ReportId, ComposeRequest.StatementsChanged), StatementCoalescing, cancellationToken);
    }

    public Task ScheduleAsync(string reportId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var delay = at - time.GetUtcNow();
        var capped = delay > MaxVisibility ? MaxVisibility : delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        return EnqueueAsync(new ComposeRequest(reportId, reason), capped, cancellationToken);
    }

    // Storage queues hide a message for at most 7 days; a later embargo is re-scheduled when this one runs.
    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    private async Task EnqueueAsync(ComposeRequest request, TimeSpan delay, CancellationToken cancellationToken) =>
        await storage.Queue(storage.Names.ComposeQueue).SendMessageAsync(request.ToJson(), delay > TimeSpan.Zero ? delay : null, cancellationToken: cancellationToken);
}
