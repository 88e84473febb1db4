using System.Text.Json.Serialization;

namespace Publishing.Distribution.Feeds;

// JSON Feed 1.1 (https://jsonfeed.org/version/1.1) documents; the "_publishing" objects are extensions, which the
// spec lets publishers add under names starting with an underscore.

internal sealed record JsonFeedDocument(
    string Version,
    string Title,
    string FeedUrl,
    string? NextUrl,
    IReadOnlyList<JsonFeedAuthor> Authors,
    string Language,
    [property: JsonPropertyName("_publishing")] JsonFeedPaging Paging,
    IReadOnlyList<JsonFeedItem> Items);

internal sealed record JsonFeedAuthor(string Name);

internal sealed record JsonFeedPaging(string Id, string Updated, string FirstUrl, string? PreviousUrl, string LastUrl, int Page, int PageCount);

internal sealed record JsonFeedItem(
    string Id,
    string Url,
    string ExternalUrl,
    string Title,
    string ContentHtml,
    string ContentText,
    string DatePublished,
    string DateModified,
    IReadOnlyList<JsonFeedAuthor> Authors,
    IReadOnlyList<string> Tags,
    IReadOnlyList<JsonFeedAttachment> Attachments,
    [property: JsonPropertyName("_publishing")] JsonFeedItemExtension Publishing);

internal sealed record JsonFeedAttachment(string Url, string MimeType, string Title);

internal sealed record JsonFeedItemExtension(
    string ReportId,
    int Version,
    string? ChangeNote,
    string CouncilName,
    string CouncilKey,
    string? Region,
    string? OverallGrade,
    string AvailableFrom);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(JsonFeedDocument))]
internal sealed partial class JsonFeedContext : JsonSerializerContext;
