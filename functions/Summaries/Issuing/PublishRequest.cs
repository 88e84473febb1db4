using System.Text.Json;
using Publishing.Cli;

namespace Publishing.Summaries.Issuing;

/// <summary>The publish-summary queue message: a summary version to put in the feeds and push to subscribers.</summary>
public sealed record PublishRequest(string ReportId, int Version)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonOutput.Compact);

    public static PublishRequest Parse(string message) =>
        JsonSerializer.Deserialize<PublishRequest>(message, JsonOutput.Compact) is { ReportId.Length: > 0, Version: > 0 } request
            ? request
            : throw new InvalidDataException("Not a publish request.");
}
