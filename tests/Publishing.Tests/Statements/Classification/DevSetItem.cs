using System.Text.Json.Serialization;

namespace Publishing.Tests.Statements.Classification;

/// <summary>One labelled line of dev-set.jsonl.</summary>
internal sealed record DevSetItem(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("role")] string Role,
    [property: JsonPropertyName("body")] string Body,
    [property: JsonPropertyName("speaker_kind")] string SpeakerKind,
    [property: JsonPropertyName("stance")] string Stance,
    [property: JsonPropertyName("themes")] IReadOnlyList<string> Themes,
    [property: JsonPropertyName("subject")] string? Subject);
