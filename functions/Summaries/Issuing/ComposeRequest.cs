using System.Text.Json;
using Publishing.Cli;

namespace Publishing.Summaries.Issuing;

/// <summary>The compose-summary queue message: which report, and why its summary should be (re)composed.
/// <see cref="NotBefore"/>: a scheduled compose (an embargo lifting) that must not run earlier, however early the
/// queue shows it (a queue hides a message for at most 7 days).</summary>
public sealed record ComposeRequest(string ReportId, string Reason, DateTimeOffset? NotBefore = null)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonOutput.Compact);

    public static ComposeRequest Parse(string message) =>
        JsonSerializer.Deserialize<ComposeRequest>(message, JsonOutput.Compact) is { ReportId.Length: > 0 } request
            ? request
            : throw new InvalidDataException($"Not a compose request: {Truncate(message)}");

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
