using System.Text.Json;
using System.Text.Json.Serialization;
using Publishing.Distribution.Feeds;

namespace Publishing.Distribution.Webhooks;

/// <summary>
/// The JSON body pushed to subscribers, in the Standard Webhooks envelope <c>{type, timestamp, data}</c>:
/// <c>summary.published</c> for a first issue, <c>summary.reissued</c> (with the change note) for later versions.
/// Built from the entry alone, so the same version always gives the same bytes.
/// </summary>
public static class WebhookPayload
{
    public const string Published = "summary.published";
    public const string Reissued = "summary.reissued";

    public static string For(FeedEntry entry) => JsonSerializer.Serialize(
        new WebhookEnvelope(
            entry.IsReissue ? Reissued : Published,
            FeedTime.Format(entry.Updated),
            new WebhookSummary(
                entry.Id, entry.ReportId, entry.Title, entry.CouncilName, entry.CouncilKey, entry.Region, entry.OverallGrade,
                entry.Version, entry.ChangeNote, FeedTime.Format(entry.Published), FeedTime.Format(entry.Updated), entry.TextSummary,
                new WebhookLinks(entry.Links.ReportPdf.AbsoluteUri, entry.Links.Html.AbsoluteUri, entry.Links.Markdown.AbsoluteUri,
                    entry.Links.Text.AbsoluteUri, entry.Links.Json.AbsoluteUri))
            {
                DocumentType = entry.DocumentType is { } type ? Reading.Model.DocumentTypes.Slug(type) : null,
            }),
        WebhookJsonContext.Default.WebhookEnvelope);
}

internal sealed record WebhookEnvelope(string Type, string Timestamp, WebhookSummary Data);

internal sealed record WebhookSummary(
    string Id, string ReportId, string Title, string CouncilName, string CouncilKey, string? Region, string? OverallGrade,
    int Version, string? ChangeNote, string Published, string Updated, string Summary, WebhookLinks Links)
{
    /// <summary>The document type's slug; absent for summaries stored before types were told.</summary>
    public string? DocumentType { get; init; }
}

internal sealed record WebhookLinks(string Report, string Html, string Markdown, string Text, string Json);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WebhookEnvelope))]
internal sealed partial class WebhookJsonContext : JsonSerializerContext;
