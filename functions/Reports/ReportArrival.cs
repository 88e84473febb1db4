using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Publishing.Reading;
using Publishing.Statements;

namespace Publishing.Reports;

/// <summary>
/// Handles a report PDF landing in the reports container: reads it, records it, and asks for its summary. Idempotent
/// on the blob's name and content hash, so a repeated Event Grid event or a retried step changes nothing. A PDF the
/// reader cannot read is recorded with its explained failure and not retried (it would fail the same way).
/// </summary>
public sealed class ReportArrival(ReportReader reader, ReportRecordStore records, IReportTrigger summaries, TimeProvider time, ILogger<ReportArrival> logger)
{
    public async Task<BlobOutcome> HandleAsync(string blobName, byte[] content, CancellationToken cancellationToken)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (await records.GetOutcomeAsync(blobName, hash, cancellationToken) is { } done)
        {
            logger.LogInformation("Report blob {Blob} ({Hash}) was processed before; nothing to do", blobName, hash[..12]);
            if (done.ReportId is not null) await summaries.ReportRecordedAsync(done.ReportId, "report recorded", cancellationToken);
            return done;
        }

        var read = reader.ReadPdf(content, blobName, cancellationToken);
        BlobOutcome outcome;
        if (!read.Succeeded)
        {
            logger.LogWarning("Report blob {Blob} could not be read: {Failure}", blobName, read.Failure.Message);
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
            var revision = previous is null ? 1 : previous.ContentHash == hash ? previous.Revision : previous.Revision + 1;
            if (previous?.ContentHash != hash)
            {
                var record = new ReportRecord { ReportId = reportId, BlobName = blobName, ContentHash = hash, RecordedAt = time.GetUtcNow(), Revision = revision, Report = read.Report };
                await records.TryAddAsync(record, cancellationToken);
                logger.LogInformation("Recorded report {ReportId} revision {Revision} from {Blob}", reportId, revision, blobName);
            }
            outcome = new BlobOutcome(reportId, revision, null, time.GetUtcNow());
        }

        await records.SaveOutcomeAsync(blobName, hash, outcome, cancellationToken);
        if (outcome.ReportId is not null)
            await summaries.ReportRecordedAsync(outcome.ReportId, outcome.Revision > 1 ? "report re-published" : "report recorded", cancellationToken);
        return outcome;
    }
}
