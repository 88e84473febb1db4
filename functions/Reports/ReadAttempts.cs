using System.Collections.Concurrent;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Publishing.Cli;
using Publishing.Reading;
using Publishing.Storage;

namespace Publishing.Reports;

/// <summary>
/// Marks a report blob as being read before the reader starts (<c>state/reading/{blob}/{hash}.json</c>) and clears the
/// mark when the read returns. A mark left behind means the process died mid-read: an abort .NET cannot catch, the
/// out-of-memory killer, a host recycling its worker. Such a document would take down every worker that retried it
/// (with all their in-flight work), so after <see cref="CrashesBeforeQuarantine"/> such deaths the next attempt
/// quarantines it instead of reading it. A mark whose process is still alive is a read in progress (a duplicate event):
/// the attempt waits for it. On the same machine a dead process is known at once (its id no longer runs, or runs a
/// later process); a mark from another machine is taken as dead only once the read's hard time limit has passed.
/// </summary>
public sealed class ReadAttempts(PublishingStorage storage, ReportReaderOptions limits, TimeProvider time)
{
    public const int CrashesBeforeQuarantine = 1;

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private static readonly ConcurrentDictionary<string, byte> ReadingHere = new(StringComparer.Ordinal);

    private readonly BlobContainerClient _state = storage.Container(storage.Names.State);

    /// <summary>No reader outlives its time budget and hard-stop grace; the margin covers storage round trips.</summary>
    private TimeSpan Deadline => limits.TimeBudget + ReportReader.HardStopGrace(limits.TimeBudget) + TimeSpan.FromSeconds(5);

    /// <returns>null when the blob may be read (and is now marked); else the failure it is quarantined with.</returns>
    public async Task<ReadFailure?> BeginAsync(string blobName, string contentHash, CancellationToken cancellationToken)
    {
        var blob = _state.GetBlobClient(MarkPath(blobName, contentHash));
        var key = blob.Uri.AbsoluteUri; // by address: one process may use several accounts or name prefixes
        while (true)
        {
            var (previous, etag) = await GetAsync(blob, cancellationToken);
            var unfinished = 0;
            if (previous is not null)
            {
                if (IsStillReading(key, previous))
                {
                    await Task.Delay(Poll, time, cancellationToken);
                    continue;
                }
                // This process's own mark with no read running: the read returned but its mark was not cleared.
                var died = !previous.Reader.IsThisProcess;
                unfinished = previous.Unfinished - (died ? 0 : 1);
                if (died && previous.Unfinished >= CrashesBeforeQuarantine) return Quarantine(previous);
            }
            var attempt = new ReadAttempt(unfinished + 1, time.GetUtcNow(), ReadingProcess.Current);
            var condition = previous is null ? new BlobRequestConditions { IfNoneMatch = ETag.All } : new BlobRequestConditions { IfMatch = etag };
            if (!await TryWriteAsync(blob, attempt, condition, cancellationToken)) continue; // another attempt got there first
            ReadingHere[key] = 0;
            return null;
        }
    }

    /// <summary>Clears the mark: the read returned, whatever it found.</summary>
    public async Task EndAsync(string blobName, string contentHash, CancellationToken cancellationToken)
    {
        var blob = _state.GetBlobClient(MarkPath(blobName, contentHash));
        try
        {
            await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
        finally
        {
            ReadingHere.TryRemove(blob.Uri.AbsoluteUri, out _);
        }
    }

    private bool IsStillReading(string key, ReadAttempt previous)
    {
        if (previous.Reader.IsThisProcess) return ReadingHere.ContainsKey(key);
        return !previous.Reader.HasEnded() && time.GetUtcNow() - previous.StartedAt < Deadline;
    }

    private static ReadFailure Quarantine(ReadAttempt previous) => new(ReadFailureKind.Quarantined,
        "a document whose reading ends",
        $"a document whose last read (begun {previous.StartedAt:yyyy-MM-dd HH:mm:ss} UTC in process {previous.Reader.ProcessId} on {previous.Reader.Machine}) never finished: "
        + $"the process died while reading it ({previous.Unfinished} time{(previous.Unfinished == 1 ? "" : "s")}), so it is quarantined, not read again");

    private static string MarkPath(string blobName, string contentHash) => $"reading/{Uri.EscapeDataString(blobName)}/{contentHash}.json";

    private static async Task<(ReadAttempt? Attempt, ETag ETag)> GetAsync(BlobClient blob, CancellationToken cancellationToken)
    {
        try
        {
            var content = await blob.DownloadContentAsync(cancellationToken);
            return (content.Value.Content.ToObjectFromJson<ReadAttempt>(JsonOutput.Compact), content.Value.Details.ETag);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return (null, default);
        }
    }

    private static async Task<bool> TryWriteAsync(BlobClient blob, ReadAttempt attempt, BlobRequestConditions conditions, CancellationToken cancellationToken)
    {
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(attempt, JsonOutput.Compact)),
                new BlobUploadOptions { Conditions = conditions, HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }
}
