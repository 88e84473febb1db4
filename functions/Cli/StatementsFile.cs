using System.Text.Json;
using Publishing.Statements;
using Publishing.Statements.Classification;

namespace Publishing.Cli;

/// <summary>
/// Reads statements as JSON lines (<c>text</c>, <c>speaker</c>, <c>body</c> required; <c>role</c>, <c>bodyKind</c>,
/// <c>id</c>, <c>embargoUntil</c>, <c>withdrawn</c>, <c>url</c>, <c>receivedAt</c>, <c>revision</c> optional) and
/// classifies each with the local classifier. Any bad line stops the read with an error naming the line.
/// </summary>
internal static class StatementsFile
{
    internal sealed record Line(
        string? Text, string? Speaker, string? Role, string? Body, string? BodyKind, string? Id,
        DateTimeOffset? EmbargoUntil, bool? Withdrawn, string? Url, DateTimeOffset? ReceivedAt, int? Revision);

    public static IReadOnlyList<StatementRecord> Read(string path, string reportId, DateOnly? published, DateTimeOffset asAt, LocalStatementClassifier classifier)
    {
        var records = new List<StatementRecord>();
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(raw)) continue;
            Line line;
            try
            {
                line = JsonSerializer.Deserialize<Line>(raw, JsonOutput.Compact) ?? throw new FormatException("null is not a statement");
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{path} line {number}: not a JSON statement ({ex.Message})");
            }
            string Required(string? value, string name) => string.IsNullOrWhiteSpace(value)
                ? throw new FormatException($"{path} line {number}: \"{name}\" is required and must be a non-empty string")
                : value.Trim();
            var text = Required(line.Text, "text");
            var speaker = Required(line.Speaker, "speaker");
            var body = Required(line.Body, "body");
            Uri? url = null;
            if (line.Url is { Length: > 0 } u && (!Uri.TryCreate(u, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https")))
                throw new FormatException($"{path} line {number}: \"url\" must be an absolute http(s) address");
            var classification = classifier.Classify(new StatementInput(text, speaker, line.Role ?? "", body) { ReportPublished = published });
            records.Add(new StatementRecord
            {
                Id = line.Id is { Length: > 0 } id ? id : $"line-{number}",
                ReportId = reportId,
                Text = text,
                SpeakerName = speaker,
                SpeakerRole = string.IsNullOrWhiteSpace(line.Role) ? null : line.Role.Trim(),
                Body = new SubmittingBody(body, line.BodyKind ?? KindLabel(classification.SpeakerKind.Value)),
                ReceivedAt = line.ReceivedAt ?? asAt,
                EmbargoUntil = line.EmbargoUntil,
                SourceUrl = url,
                Revision = line.Revision ?? 1,
                Withdrawn = line.Withdrawn ?? false,
                Classification = classification,
            });
        }
        return records;
    }

    private static string KindLabel(SpeakerKind kind) => JsonSerializer.Serialize(kind, JsonOutput.Compact).Trim('"');
}

