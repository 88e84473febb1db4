using System.Globalization;
using System.Text.Json;
using Publishing.Reading.Parsing;
using Publishing.Statements.Storage;

namespace Publishing.Statements.Intake;

/// <summary>
/// A statement as a body submits it. Any <c>body</c> field in the payload is ignored: the body comes from the API key.
/// </summary>
public sealed record StatementSubmission(
    string Text, string SpeakerName, string? SpeakerRole, string ReportId, DateTimeOffset? EmbargoUntil, Uri? SourceUrl)
{
    public const int MaxTextLength = 20_000;

    /// <summary>A canonical form of the submission, for telling a retried request from a different one.</summary>
    public string Canonical() => JsonSerializer.Serialize(new[]
    {
        Text, SpeakerName, SpeakerRole ?? "", ReportId,
        EmbargoUntil?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture) ?? "", SourceUrl?.AbsoluteUri ?? "",
    }, Cli.JsonOutput.Compact);

    /// <summary>Validates a parsed JSON payload. Errors name the field and say why.</summary>
    public static (StatementSubmission? Submission, Dictionary<string, string[]> Errors) Parse(JsonElement root)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors["$"] = ["The statement must be a JSON object."];
            return (null, errors);
        }

        var text = String(root, "text", errors, required: true, max: MaxTextLength)?.Trim();
        if (text is { Length: 0 }) errors["text"] = ["The statement text is empty."];

        string? speaker = null, role = null;
        if (root.TryGetProperty("speaker", out var speakerElement) && speakerElement.ValueKind == JsonValueKind.Object)
        {
            speaker = String(speakerElement, "name", errors, required: true, max: 200, field: "speaker.name");
            role = String(speakerElement, "role", errors, required: false, max: 300, field: "speaker.role");
        }
        else
        {
            speaker = String(root, "speaker", errors, required: true, max: 200);
            role = String(root, "role", errors, required: false, max: 300);
        }
        if (speaker is not null && string.IsNullOrWhiteSpace(speaker)) errors["speaker"] = ["The speaker's name is empty."];

        var reportId = ReportReference(root, errors);
        var embargo = Embargo(root, errors);
        var source = ParseSourceUrl(root, errors);

        if (errors.Count > 0) return (null, errors);
        return (new StatementSubmission(text!, speaker!.Trim(), string.IsNullOrWhiteSpace(role) ? null : role.Trim(), reportId!, embargo, source), errors);
    }

    private static string? ReportReference(JsonElement root, Dictionary<string, string[]> errors)
    {
        var report = String(root, "report", errors, required: false, max: 120);
        if (report is not null)
        {
            if (!IsReportId(report)) errors["report"] = ["A report id looks like 'northmoor-2025-11-14' (council key and publication date)."];
            return report;
        }
        var council = String(root, "council", errors, required: false, max: 200);
        var published = String(root, "publicationDate", errors, required: false, max: 40);
        if (council is null && published is null)
        {
            errors["report"] = ["Name the report: 'report' (its id), or 'council' and 'publicationDate'."];
            return null;
        }
        if (string.IsNullOrWhiteSpace(council)) errors["council"] = ["'council' is required with 'publicationDate'."];
        if (published is null) errors["publicationDate"] = ["'publicationDate' (yyyy-mm-dd) is required with 'council'."];
        else if (!DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            errors["publicationDate"] = [$"'{published}' is not a date in the form yyyy-mm-dd."];
        if (errors.ContainsKey("council") || errors.ContainsKey("publicationDate")) return null;
        var key = CouncilKeys.FromName(council!);
        if (key.Length == 0) { errors["council"] = ["The council name has no letters."]; return null; }
        return ReportIds.For(key, DateOnly.ParseExact(published!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>A council key, a hyphen and a real publication date (yyyy-mm-dd), as Ofsted's file names are.</summary>
    public static bool IsReportId(string value) =>
        StatementIds.IsSlug(value) && value.Length > 11 && value[^11] == '-' && value[0] != '-' && ReportIds.PublicationDateOf(value) is not null;

    private static DateTimeOffset? Embargo(JsonElement root, Dictionary<string, string[]> errors)
    {
        var value = String(root, "embargoUntil", errors, required: false, max: 40);
        if (value is null) return null;
        if (DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && (value.EndsWith('Z') || value.Contains('+') || value.LastIndexOf('-') > 10))
            return at.ToUniversalTime();
        errors["embargoUntil"] = [$"'{value}' is not an ISO 8601 instant with a time zone, e.g. 2025-11-14T00:01:00Z."];
        return null;
    }

    private static Uri? ParseSourceUrl(JsonElement root, Dictionary<string, string[]> errors)
    {
        var value = String(root, "sourceUrl", errors, required: false, max: 2000);
        if (value is null) return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            return uri;
        errors["sourceUrl"] = ["'sourceUrl' must be an absolute http or https address."];
        return null;
    }

    private static string? String(JsonElement parent, string name, Dictionary<string, string[]> errors, bool required, int max, string? field = null)
    {
        field ??= name;
        if (!parent.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            if (required) errors[field] = [$"'{field}' is required."];
            return null;
        }
        if (element.ValueKind != JsonValueKind.String)
        {
            errors[field] = [$"'{field}' must be a string, not {element.ValueKind.ToString().ToLowerInvariant()}."];
            return null;
        }
        var value = element.GetString()!;
        if (value.Length > max)
        {
            errors[field] = [$"'{field}' is {value.Length} characters; at most {max} are accepted."];
            return null;
        }
        if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors[field] = [$"'{field}' contains control characters."];
            return null;
        }
        // Overrides, embeddings and isolates are invisible and reorder what follows them: in a statement or a name they
        // could make the byline appear to name a different body.
        if (value.Any(IsBidiControl))
        {
            errors[field] = [$"'{field}' contains bidirectional control characters (U+202A–U+202E, U+2066–U+2069)."];
            return null;
        }
        return value;
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
