using System.Text.Json.Serialization;

namespace Publishing.Statements.Classification;

/// <summary>Who made the statement (taxonomy section 1). Serialised as the taxonomy's kebab-case label.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SpeakerKind>))]
public enum SpeakerKind
{
    [JsonStringEnumMemberName("sector-body")] SectorBody,
    [JsonStringEnumMemberName("council")] Council,
    [JsonStringEnumMemberName("union")] Union,
    [JsonStringEnumMemberName("charity")] Charity,
    [JsonStringEnumMemberName("regulator")] Regulator,
    [JsonStringEnumMemberName("government")] Government,
    [JsonStringEnumMemberName("independent")] Independent,
}
