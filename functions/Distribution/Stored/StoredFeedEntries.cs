using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Publishing.Distribution.Feeds;
using Publishing.Hosting;
using Publishing.Hosting.Caching;
using Publishing.Hosting.Logging;
using Publishing.Storage;
using Publishing.Summaries.Issuing;
using Publishing.Summaries.Model;

namespace Publishing.Distribution.Stored;

/// <summary>
/// Every issued summary version as a feed entry. Versions never change, so each is read from storage once and kept.
/// A version is available from the instant it was composed (it holds only statements publishable then). The kept
/// entries are bounded (<see cref="MaxKeptEntries"/>, and their text to <see cref="MaxKeptChars"/>); past that the
/// least recently listed are read again when next needed. A version that cannot be read is left out of the listing and
/// logged (once per kind of failure), so it never takes every feed down.
/// </summary>
public sealed class StoredFeedEntries(SummaryVersionStore versions, PublishingHostOptions host, FeedOptions feeds, StoredFeedTag tag, ILogger<StoredFeedEntries> logger) : IFeedEntrySource
{
    public const int MaxKeptEntries = 20_000;
    public const long MaxKeptChars = 64L * 1024 * 1024;

    private readonly DistinctFailures _unreadable = new(logger);
    private readonly BoundedCache<(string Report, int Version), FeedEntry> _entries =
        new(MaxKeptEntries, MaxKeptChars, e => e.TextSummary.Length + e.HtmlContent.Length);

    private volatile Snapshot? _snapshot;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    // A monotonic clock: this is a cache lifetime, not a time of day.
    private sealed record Snapshot(IReadOnlyList<FeedEntry> Entries, long AtMilliseconds);

    /// <summary>How long a listing of the stored versions is reused; <see cref="Invalidate"/> drops it at once on this instance.</summary>
    public TimeSpan ListFor { get; init; } = TimeSpan.FromSeconds(1);

    public void Invalidate() => _snapshot = null;

    public async Task<IReadOnlyList<FeedEntry>> GetEntriesAsync(CancellationToken cancellationToken)
    {
        await tag.EnsureAsync(cancellationToken);
        var snapshot = _snapshot;
        if (snapshot is not null && Environment.TickCount64 - snapshot.AtMilliseconds < ListFor.TotalMilliseconds) return snapshot.Entries;
        // One caller refreshes; the others keep serving the previous listing meanwhile (if there is one).
        if (snapshot is not null && !await _refresh.WaitAsync(0, cancellationToken)) return snapshot.Entries;
        if (snapshot is null) await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_snapshot is { } fresh && Environment.TickCount64 - fresh.AtMilliseconds < ListFor.TotalMilliseconds) return fresh.Entries;
            var entries = await ListAsync(cancellationToken);
            _snapshot = new Snapshot(entries, Environment.TickCount64);
            return entries;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<IReadOnlyList<FeedEntry>> ListAsync(CancellationToken cancellationToken)
    {
        var all = new List<FeedEntry>();
        foreach (var report in await versions.ListReportIdsAsync(cancellationToken))
            foreach (var version in await versions.ListVersionsAsync(report, cancellationToken))
            {
                try
                {
                    if (await GetAsync(report, version, cancellationToken) is { } entry) all.Add(entry);
                }
                catch (Exception e) when (!StorageOutage.IsOutage(e) && e is not OperationCanceledException)
                {
                    _unreadable.Log($"Feed listing skipped summary {report} v{version}", e);
                }
            }
        return all;
    }

    public async Task<FeedEntry?> GetAsync(string reportId, int version, CancellationToken cancellationToken)
    {
        if (_entries.TryGet((reportId, version), out var cached)) return cached;
        await tag.EnsureAsync(cancellationToken);
        var summary = await versions.GetAsync(reportId, version, cancellationToken);
        if (summary is null) return null;
        var first = version == 1 ? summary : await versions.GetAsync(reportId, 1, cancellationToken) ?? summary;
        var text = await versions.GetFormAsync(reportId, version, "txt", cancellationToken);
        var entry = ToEntry(summary, first.AsAt, text is null ? summary.Standfirst : Encoding.UTF8.GetString(text.Value.Content));
        _entries.Set((reportId, version), entry);
        return entry;
    }

    private FeedEntry ToEntry(PressSummary summary, DateTimeOffset firstIssued, string text)
    {
        var api = new Uri(host.PublicBaseUrl, "api/");
        Uri Form(string extension) => new(api, $"summaries/{summary.ReportId}/v{summary.Version}.{extension}");
        return new FeedEntry
        {
            Id = FeedEntryIds.For(feeds, summary.ReportId),
            ReportId = summary.ReportId,
            Title = summary.Version > 1 ? $"Updated: {summary.Headline}" : summary.Headline,
            CouncilName = summary.Council,
            CouncilKey = summary.CouncilKey,
            Region = summary.Picture.Region,
            OverallGrade = summary.Overall?.GradeWords,
            // When Ofsted published the report, so an old report composed today is not today's news; unread, when this summary was first issued.
            Published = summary.Published is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : firstIssued,
            Updated = summary.AsAt,
            Version = summary.Version,
            ChangeNote = summary.Version > 1 ? summary.ChangeNote : null,
            HtmlContent = HtmlFragment(summary),
            TextSummary = text,
            Links = new FeedEntryLinks(new Uri(api, $"reports/{summary.ReportId}.pdf"), Form("html"), Form("md"), Form("txt"), Form("json")),
            AvailableFrom = summary.AsAt,
            DocumentType = summary.DocumentType,
        };
    }

    private static string HtmlFragment(PressSummary summary)
    {
        var html = new StringBuilder();
        html.Append("<p><strong>").Append(WebUtility.HtmlEncode(summary.Standfirst)).Append("</strong></p><ul>");
        foreach (var judgement in summary.Judgements)
            html.Append("<li>").Append(WebUtility.HtmlEncode(judgement.Label)).Append(": ").Append(WebUtility.HtmlEncode(judgement.GradeWords)).Append("</li>");
        html.Append("</ul>");
        if (summary.Version > 1 && summary.ChangeNote is { } note) html.Append("<p>Updated: ").Append(WebUtility.HtmlEncode(note)).Append("</p>");
        return html.ToString();
    }
}
