using System.Text.Json.Serialization;

namespace Publishing.Statements.Classification;

/// <summary>Attitude toward the inspection (taxonomy section 2). Serialised as the taxonomy's kebab-case label.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Stance>))]
public enum Stance
{
    [JsonStringEnumMemberName("supportive")] Supportive,
    [JsonStringEnumMemberName("critical")] Critical,
    [JsonStringEnumMemberName("mixed")] Mixed,
    [JsonStringEnumMemberName("neutral")] Neutral,
}
