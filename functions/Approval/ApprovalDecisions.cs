using Publishing.Reports;

namespace Publishing.Approval;

/// <summary>
/// A person's decision on a held document. Approve records it as the report's next revision (with who approved it)
/// and asks for its summary; reject only records the decision. A document is decided once.
/// </summary>
public sealed class ApprovalDecisions(HeldDocumentStore held, ReportRecordStore records, IReportTrigger summaries, TimeProvider time)
{
    public async Task<ApprovalResult> ApproveAsync(string id, string by, string? note, CancellationToken cancellationToken)
    {
        var (document, problem) = await UndecidedAsync(id, cancellationToken);
        if (document is null) return problem!;
        var published = await records.GetLatestAsync(document.ReportId, cancellationToken);
        var now = time.GetUtcNow();
        var record = new ReportRecord
        {
            ReportId = document.ReportId,
            BlobName = document.BlobName,
            ContentHash = document.ContentHash,
            RecordedAt = now,
            Revision = (published?.Revision ?? 0) + 1,
            Report = document.Report,
            Source = document.Source,
            ApprovedBy = by,
            ApprovedAt = now,
        };
        if (!await records.TryAddAsync(record, cancellationToken))
            return ApprovalResult.Conflict($"Revision {record.Revision} of {record.ReportId} was recorded meanwhile; approve again.");
        var decided = document with { Status = HeldStatus.Approved, DecidedBy = by, DecidedAt = now, DecisionNote = note };
        await held.SaveAsync(decided, cancellationToken);
        await summaries.ReportRecordedAsync(document.ReportId, record.Revision > 1 ? "report re-published (approved)" : "report recorded (approved)", cancellationToken);
        return ApprovalResult.Done(decided, record.Revision);
    }

    public async Task<ApprovalResult> RejectAsync(string id, string by, string? note, CancellationToken cancellationToken)
    {
        var (document, problem) = await UndecidedAsync(id, cancellationToken);
        if (document is null) return problem!;
        var decided = document with { Status = HeldStatus.Rejected, DecidedBy = by, DecidedAt = time.GetUtcNow(), DecisionNote = note };
        await held.SaveAsync(decided, cancellationToken);
        return ApprovalResult.Done(decided, null);
    }

    private async Task<(HeldDocument? Document, ApprovalResult? Problem)> UndecidedAsync(string id, CancellationToken cancellationToken)
    {
        var document = await held.GetAsync(id, cancellationToken);
        if (document is null) return (null, ApprovalResult.NotFound($"No held document '{id}'."));
        if (document.Status != HeldStatus.Held)
            return (null, ApprovalResult.Conflict($"'{id}' was {document.Status.ToString().ToLowerInvariant()} by {document.DecidedBy} at {document.DecidedAt:O}."));
        return (document, null);
    }
}

/// <summary>The decided document and the revision an approval recorded, or why nothing was decided.</summary>
public sealed record ApprovalResult(HeldDocument? Document, int? Revision, int Status, string? Problem)
{
    public static ApprovalResult Done(HeldDocument document, int? revision) => new(document, revision, 200, null);
    public static ApprovalResult NotFound(string problem) => new(null, null, 404, problem);
    public static ApprovalResult Conflict(string problem) => new(null, null, 409, problem);
}
