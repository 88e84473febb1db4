using Publishing.Statements.Storage;

namespace Publishing.Statements.Intake;

/// <summary>
/// Accepts, corrects and withdraws statements. Every outcome that reports success has been written to storage first;
/// classification happens when statements are read (<see cref="Classification.StatementLabeller"/>);
/// storage errors propagate to the caller (the HTTP layer answers 503) so nothing is acknowledged unstored.
/// </summary>
public sealed class StatementIntake(
    StatementStore store, IdempotencyStore idempotency, ISummaryTrigger summaries, TimeProvider time, StatementCaps caps)
{
    public async Task<IntakeOutcome> SubmitAsync(SubmittingBody body, StatementSubmission submission, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = StatementIds.New(submission.ReportId, now);
        if (idempotencyKey is not null)
        {
            var requestHash = IdempotencyStore.HashOf(submission.Canonical());
            var (created, reservation) = await idempotency.ReserveAsync(body.Name, idempotencyKey, new(id, requestHash), cancellationToken);
            if (!created)
            {
                if (reservation.RequestHash != requestHash) return IntakeOutcome.IdempotencyConflict();
                var existing = await store.GetAsync(reservation.StatementId, cancellationToken);
                if (existing is not null) return IntakeOutcome.Accepted(existing, replayed: true);
                id = reservation.StatementId; // the first attempt reserved the id but did not store: finish its work
            }
        }

        if (await store.CountByBodyAsync(submission.ReportId, body.Name, cancellationToken) >= caps.MaxPerBodyPerReport)
            return IntakeOutcome.TooManyStatements();

        var record = new StatementRecord
        {
            Id = id,
            ReportId = submission.ReportId,
            Text = submission.Text,
            SpeakerName = submission.SpeakerName,
            SpeakerRole = submission.SpeakerRole,
            Body = body,
            ReceivedAt = now,
            EmbargoUntil = submission.EmbargoUntil,
            SourceUrl = submission.SourceUrl,
        };
        if (!await store.TryAddRevisionAsync(record, cancellationToken))
        {
            var raced = await store.GetAsync(id, cancellationToken);
            if (raced is not null) return IntakeOutcome.Accepted(raced, replayed: true);
        }
        Hosting.Telemetry.PipelineTelemetry.StatementsAccepted.Add(1);
        await summaries.StatementsChangedAsync(record, cancellationToken);
        return IntakeOutcome.Accepted(record, replayed: false);
    }

    public async Task<IntakeOutcome> CorrectAsync(SubmittingBody body, string statementId, StatementSubmission submission, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(statementId, cancellationToken);
        if (current is null) return IntakeOutcome.NotFound();
        if (!SameBody(current.Body, body)) return IntakeOutcome.Forbidden();
        if (current.Withdrawn) return IntakeOutcome.Gone();
        if (submission.ReportId != current.ReportId) return IntakeOutcome.ReportChanged();
        if (current.Revision >= caps.MaxRevisions) return IntakeOutcome.TooManyRevisions();

        var revised = current with
        {
            Text = submission.Text,
            SpeakerName = submission.SpeakerName,
            SpeakerRole = submission.SpeakerRole,
            EmbargoUntil = submission.EmbargoUntil,
            SourceUrl = submission.SourceUrl,
            Revision = current.Revision + 1,
            ReceivedAt = time.GetUtcNow(),
        };
        if (!await store.TryAddRevisionAsync(revised, cancellationToken)) return IntakeOutcome.ConcurrentEdit();
        await summaries.StatementsChangedAsync(revised, cancellationToken);
        return IntakeOutcome.Accepted(revised, replayed: false);
    }

    public async Task<IntakeOutcome> WithdrawAsync(SubmittingBody body, string statementId, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(statementId, cancellationToken);
        if (current is null) return IntakeOutcome.NotFound();
        if (!SameBody(current.Body, body)) return IntakeOutcome.Forbidden();
        if (current.Withdrawn) return IntakeOutcome.Accepted(current, replayed: true);
        var withdrawn = current with { Withdrawn = true, Revision = current.Revision + 1, ReceivedAt = time.GetUtcNow() };
        if (!await store.TryAddRevisionAsync(withdrawn, cancellationToken)) return IntakeOutcome.ConcurrentEdit();
        await summaries.StatementsChangedAsync(withdrawn, cancellationToken);
        return IntakeOutcome.Accepted(withdrawn, replayed: false);
    }

    private static bool SameBody(SubmittingBody a, SubmittingBody b) => string.Equals(a.Name, b.Name, StringComparison.Ordinal);
}
