using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Publishing.Hosting.Telemetry;
using Publishing.Approval;
using Publishing.Reading;
using Publishing.Reports.Provenance;
using Publishing.Statements;

namespace Publishing.Reports;

/// <summary>
/// Handles a report PDF landing in the reports container: reads it, records it, and asks for its summary. Idempotent
/// on the blob's name and content hash, so a repeated Event Grid event or a retried step changes nothing. A PDF the
/// reader cannot read is recorded with its explained failure and not retried (it would fail the same way). A document
/// <see cref="ProvenanceCheck"/> finds doubtful is held for a person (<see cref="ApprovalDecisions"/>), not published.
/// </summary>
/// <remarks>The blob is marked as being read before the reader starts (<see cref="ReadAttempts"/>), so one whose read
/// took its process down is quarantined on the next attempt rather than read again.</remarks>
public sealed class ReportArrival(
    ReportReader reader, ReportRecordStore records, IReportTrigger summaries, ReadAttempts attempts, HeldDocumentStore held, ReportBlobSource blobs,
    ProvenanceOptions provenance, TimeProvider time, ILogger<ReportArrival> logger)
{
    /// <param name="reread">Read the PDF again even if this content was processed before (after a reader upgrade):
    /// a new record revision is written only if the reading differs. The operator asked for it, so nothing is held.</param>
    /// <param name="source">Where the blob came from; null reads it from the blob's metadata in the reports container.</param>
    public async Task<BlobOutcome> HandleAsync(string blobName, byte[] content, CancellationToken cancellationToken, bool reread = false, ReportSource? source = null)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (!reread && await records.GetOutcomeAsync(blobName, hash, cancellationToken) is { } done)
        {
            logger.LogInformation("Report blob {Blob} ({Hash}) was processed before; nothing to do", blobName, hash[..12]);
            if (done.ReportId is not null) await summaries.ReportRecordedAsync(done.ReportId, "report recorded", cancellationToken);
            return done;
        }

        using var activity = PipelineTelemetry.Source.StartActivity("report.read");
        activity?.SetTag("publishing.blob", blobName);
        var started = time.GetTimestamp();
        var read = PdfHeader.IsAtStart(content)
            ? await ReadMarkedAsync(blobName, hash, content, reread, cancellationToken)
            : ReadResult.Fail(ReadFailureKind.NotAPdf, "a PDF whose header (%PDF-1.x) is at byte 0", PdfHeader.Describe(content));
        PipelineTelemetry.ReportReadDuration.Record(time.GetElapsedTime(started).TotalMilliseconds);
        BlobOutcome outcome;
        if (!read.Succeeded)
        {
            logger.LogWarning("Report blob {Blob} could not be read: {Failure}", blobName, read.Failure.Message);
            PipelineTelemetry.ReportReadFailures.Add(1, new KeyValuePair<string, object?>("kind", read.Failure.Kind.ToString()));
            activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, read.Failure.Kind.ToString());
            outcome = new BlobOutcome(null, null, read.Failure, time.GetUtcNow());
        }
        else if (ReportIds.For(read.Report) is not { } reportId)
        {
            var failure = new ReadFailure(ReadFailureKind.UnknownLayout, "a publication date (in the file name council-yyyy-mm-dd.pdf or printed)", "none");
            logger.LogWarning("Report blob {Blob} has no publication date", blobName);
            outcome = new BlobOutcome(null, null, failure, time.GetUtcNow());
        }
        else
        {
            var previous = await records.GetLatestAsync(reportId, cancellationToken);
            var changed = previous is null || previous.ContentHash != hash || (reread && !SameReading(previous.Report, read.Report));
            var revision = previous is null ? 1 : changed ? previous.Revision + 1 : previous.Revision;
            source ??= reread ? previous?.Source : await blobs.SourceAsync(blobName, provenance, cancellationToken);
            source ??= ReportSource.Unlabelled;
            var findings = changed && !reread ? ProvenanceCheck.Examine(blobName, content, read.Report, previous, source) : null;
            if (findings is { MustHold: true })
            {
                var document = new HeldDocument
                {
                    Id = HeldDocument.IdFor(reportId, hash), ReportId = reportId, BlobName = blobName, ContentHash = hash, Source = source,
                    HeldAt = time.GetUtcNow(), Reasons = findings.HoldReasons, Changes = findings.Changes, PublishedRevision = previous?.Revision, Report = read.Report,
                };
                await held.TryAddAsync(document, cancellationToken);
                logger.LogWarning("Held report {ReportId} from {Blob} for approval ({Held}): {Reasons}", reportId, blobName, document.Id, string.Join("; ", findings.HoldReasons));
                outcome = new BlobOutcome(null, null, null, time.GetUtcNow(), document.Id);
            }
            else
            {
                if (changed)
                {
                    var record = new ReportRecord { ReportId = reportId, BlobName = blobName, ContentHash = hash, RecordedAt = time.GetUtcNow(), Revision = revision, Report = read.Report, Source = source };
                    await records.TryAddAsync(record, cancellationToken);
                    logger.LogInformation("Recorded report {ReportId} revision {Revision} from {Blob}", reportId, revision, blobName);
                    PipelineTelemetry.ReportsRecorded.Add(1);
                }
                outcome = new BlobOutcome(reportId, revision, null, time.GetUtcNow());
            }
        }

        if (!reread) await records.SaveOutcomeAsync(blobName, hash, outcome, cancellationToken);
        if (outcome.ReportId is not null)
            await summaries.ReportRecordedAsync(outcome.ReportId, outcome.Revision > 1 ? "report re-published" : "report recorded", cancellationToken);
        return outcome;
    }

    private async Task<ReadResult> ReadMarkedAsync(string blobName, string hash, byte[] content, bool reread, CancellationToken cancellationToken)
    {
        if (reread) return reader.ReadPdf(content, blobName, cancellationToken);
        if (await attempts.BeginAsync(blobName, hash, cancellationToken) is { } quarantined)
        {
            logger.LogError("Report blob {Blob} ({Hash}) is quarantined: {Failure}", blobName, hash[..12], quarantined.Message);
            await attempts.EndAsync(blobName, hash, cancellationToken); // the outcome records it from here on
            return ReadResult.Fail(quarantined);
        }
        try
        {
            return reader.ReadPdf(content, blobName, cancellationToken);
        }
        finally
        {
            await attempts.EndAsync(blobName, hash, CancellationToken.None);
        }
    }

    private static bool SameReading(Reading.Model.InspectionReport a, Reading.Model.InspectionReport b) =>
        System.Text.Json.JsonSerializer.Serialize(a, Cli.JsonOutput.Compact) == System.Text.Json.JsonSerializer.Serialize(b, Cli.JsonOutput.Compact);
}
