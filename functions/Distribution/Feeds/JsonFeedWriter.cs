using System.Text.Json;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// Writes a <see cref="FeedPage"/> as JSON Feed 1.1 with a source-generated serializer. JSON Feed has only
/// <c>next_url</c>; the other RFC 5005 links sit in the <c>_publishing</c> extension. The default encoder escapes
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so the bytes stay inert even if served as HTML by mistake.
/// </summary>
public static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";
    public const string MediaType = "application/feed+json";

    public static byte[] Write(FeedPage page, FeedOptions options)
    {
        var authors = new[] { new JsonFeedAuthor(FeedText.Clean(options.AuthorName)) };
        var document = new JsonFeedDocument(
            Version,
            FeedText.Clean(page.Title),
            page.Self.AbsoluteUri,
            page.Next?.AbsoluteUri,
            authors,
            "en-GB",
            new JsonFeedPaging(page.Id, FeedTime.Format(page.Updated), page.First.AbsoluteUri, page.Previous?.AbsoluteUri,
                page.Last.AbsoluteUri, page.Address.Page, page.PageCount),
            page.Entries.Select(e => ToItem(e, authors)).ToList());
        return JsonSerializer.SerializeToUtf8Bytes(document, JsonFeedContext.Default.JsonFeedDocument);
    }

    private static JsonFeedItem ToItem(FeedEntry entry, IReadOnlyList<JsonFeedAuthor> authors) => new(
        entry.Id,
        entry.Links.Html.AbsoluteUri,
        entry.Links.ReportPdf.AbsoluteUri,
        FeedText.Clean(entry.Title),
        FeedText.Clean(entry.HtmlContent),
        FeedText.Clean(entry.TextSummary),
        FeedTime.Format(entry.Published),
        FeedTime.Format(entry.Updated),
        authors,
        new[] { FeedText.Clean(entry.CouncilName), entry.Region is null ? null : FeedText.Clean(entry.Region), FeedText.Clean(entry.OverallGrade ?? "No overall grade") }
            .OfType<string>().Concat(entry.IsReissue ? ["Re-issue"] : Array.Empty<string>()).ToArray(),
        new[]
        {
            new JsonFeedAttachment(entry.Links.ReportPdf.AbsoluteUri, "application/pdf", "Ofsted inspection report"),
            new JsonFeedAttachment(entry.Links.Markdown.AbsoluteUri, "text/markdown", "Summary (Markdown)"),
            new JsonFeedAttachment(entry.Links.Text.AbsoluteUri, "text/plain", "Summary (plain text)"),
            new JsonFeedAttachment(entry.Links.Json.AbsoluteUri, "application/json", "Summary (JSON)"),
        },
        new JsonFeedItemExtension(entry.ReportId, entry.Version, entry.ChangeNote is null ? null : FeedText.Clean(entry.ChangeNote),
            FeedText.Clean(entry.CouncilName), entry.CouncilKey, entry.Region is null ? null : FeedText.Clean(entry.Region),
            entry.OverallGrade is null ? null : FeedText.Clean(entry.OverallGrade), FeedTime.Format(entry.AvailableFrom)));
}
