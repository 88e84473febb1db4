using System.Text.Json.Serialization;

namespace Publishing.Statements.Classification;

/// <summary>What the statement talks about (taxonomy section 3, multi-label). Serialised as kebab-case labels.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Theme>))]
public enum Theme
{
    [JsonStringEnumMemberName("framework")] Framework,
    [JsonStringEnumMemberName("single-word-judgement")] SingleWordJudgement,
    [JsonStringEnumMemberName("resources")] Resources,
    [JsonStringEnumMemberName("workforce")] Workforce,
    [JsonStringEnumMemberName("multi-agency")] MultiAgency,
    [JsonStringEnumMemberName("exploitation")] Exploitation,
    [JsonStringEnumMemberName("improvement")] Improvement,
    [JsonStringEnumMemberName("accountability")] Accountability,
    [JsonStringEnumMemberName("early-help")] EarlyHelp,
    [JsonStringEnumMemberName("children-voice")] ChildrenVoice,
}
