using System.Collections.Concurrent;
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

    /// <summary>Queues a compose for <paramref name="at"/>, once per (report, time) from this instance: every compose
    /// of a report with a statement under embargo asks again, and those asks must not each start a cycle of their own.</summary>
    public Task ScheduleAsync(string reportId, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (_scheduled.TryGetValue(reportId, out var already) && already == at) return Task.CompletedTask;
        _scheduled[reportId] = at;
        return RescheduleAsync(new ComposeRequest(reportId, reason, at), cancellationToken);
    }

    /// <summary>Puts a scheduled compose back for the rest of its wait: up to the queue's longest hiding time, again and
    /// again, doing no work in between (a compose a year away wakes about once a week, not continually).</summary>
    public Task RescheduleAsync(ComposeRequest request, CancellationToken cancellationToken)
    {
        var delay = (request.NotBefore ?? time.GetUtcNow()) - time.GetUtcNow();
        var capped = delay > MaxVisibility ? MaxVisibility : delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
        return EnqueueAsync(request, capped, cancellationToken);
    }

    private readonly ConcurrentDictionary<string, DateTimeOffset> _scheduled = new(StringComparer.Ordinal);

    // Storage queues hide a message for at most 7 days; a later embargo is re-scheduled when this one runs.
    private static readonly TimeSpan MaxVisibility = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    // A message hidden for up to 7 days must live longer than that: the default time-to-live (7 days) would expire it unseen.
    private async Task EnqueueAsync(ComposeRequest request, TimeSpan delay, CancellationToken cancellationToken) =>
        await storage.Queue(storage.Names.ComposeQueue).SendMessageAsync(request.ToJson(), delay > TimeSpan.Zero ? delay : null,
            delay > TimeSpan.Zero ? TimeSpan.FromSeconds(-1) : null, cancellationToken);
}
