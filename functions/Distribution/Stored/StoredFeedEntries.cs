using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Publishing.Distribution.Feeds;
using Publishing.Hosting;
using Publishing.Summaries.Issuing;
using Publishing.Summaries.Model;

namespace Publishing.Distribution.Stored;

/// <summary>
/// Every issued summary version as a feed entry. Versions never change, so each is read from storage once and kept.
/// A version is available from the instant it was composed (it holds only statements publishable then).
/// </summary>
public sealed class StoredFeedEntries(SummaryVersionStore versions, PublishingHostOptions host, FeedOptions feeds) : IFeedEntrySource
{
    private readonly ConcurrentDictionary<(string Report, int Version), FeedEntry> _entries = new();

    public async Task<IReadOnlyList<FeedEntry>> GetEntriesAsync(CancellationToken cancellationToken)
    {
        var all = new List<FeedEntry>();
        foreach (var report in await versions.ListReportIdsAsync(cancellationToken))
            foreach (var version in await versions.ListVersionsAsync(report, cancellationToken))
                if (await GetAsync(report, version, cancellationToken) is { } entry) all.Add(entry);
        return all;
    }

    public async Task<FeedEntry?> GetAsync(string reportId, int version, CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue((reportId, version), out var cached)) return cached;
        var summary = await versions.GetAsync(reportId, version, cancellationToken);
        if (summary is null) return null;
        var first = version == 1 ? summary : await versions.GetAsync(reportId, 1, cancellationToken) ?? summary;
        var text = await versions.GetFormAsync(reportId, version, "txt", cancellationToken);
        var entry = ToEntry(summary, first.AsAt, text is null ? summary.Standfirst : Encoding.UTF8.GetString(text.Value.Content));
        _entries[(reportId, version)] = entry;
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
            Title = summary.Headline,
            CouncilName = summary.Council,
            CouncilKey = summary.CouncilKey,
            Region = summary.Picture.Region ?? "Unknown region",
            OverallGrade = summary.Overall?.GradeWords,
            Published = firstIssued,
            Updated = summary.AsAt,
            Version = summary.Version,
            ChangeNote = summary.Version > 1 ? summary.ChangeNote : null,
            HtmlContent = HtmlFragment(summary),
            TextSummary = text,
            Links = new FeedEntryLinks(new Uri(api, $"reports/{summary.ReportId}.pdf"), Form("html"), Form("md"), Form("txt"), Form("json")),
            AvailableFrom = summary.AsAt,
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
