using System.Text.Json;
using Publishing.Cli;

namespace Publishing.Summaries.Issuing;

/// <summary>The compose-summary queue message: which report, and why its summary should be (re)composed.
/// <see cref="NotBefore"/>: a scheduled compose (an embargo lifting) that must not run earlier, however early the
/// queue shows it (a queue hides a message for at most 7 days).</summary>
public sealed record ComposeRequest(string ReportId, string Reason, DateTimeOffset? NotBefore = null)
{
    public const string StatementsChanged = "statements changed";
    public const string EmbargoLifts = "embargo lifts";

    /// <summary>Composing because statements changed (or an embargo may have lifted), not because the report did.</summary>
    public bool IsForStatements() => Reason is StatementsChanged or EmbargoLifts;

    public string ToJson() => JsonSerializer.Serialize(this, JsonOutput.Compact);

    public static ComposeRequest Parse(string message) =>
        JsonSerializer.Deserialize<ComposeRequest>(message, JsonOutput.Compact) is { ReportId.Length: > 0 } request
            ? request
            : throw new InvalidDataException($"Not a compose request: {Truncate(message)}");

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
