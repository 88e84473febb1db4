using System.Text.Json;

namespace Publishing.Distribution.Subscriptions;

/// <summary>Reads the subscription request body, naming each field that is wrong.</summary>
internal static class SubscriptionRequestJson
{
    public static string? OptionalString(JsonElement root, string name, Dictionary<string, string[]> errors)
    {
        if (root.ValueKind != JsonValueKind.Object) { errors["$"] = ["The body must be a JSON object."]; return null; }
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String && value.GetString()!.Length <= 2000) return value.GetString();
        errors[name] = [$"'{name}' must be a string of at most 2000 characters."];
        return null;
    }

    public static SubscriptionFilter Filter(JsonElement root, Dictionary<string, string[]> errors)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("filter", out var filter) || filter.ValueKind == JsonValueKind.Null)
            return SubscriptionFilter.Everything;
        if (filter.ValueKind != JsonValueKind.Object) { errors["filter"] = ["'filter' must be an object."]; return SubscriptionFilter.Everything; }
        var issues = IssueFilter.FirstAndReissues;
        if (filter.TryGetProperty("issues", out var issuesValue))
        {
            issues = (issuesValue.ValueKind is JsonValueKind.String or JsonValueKind.Null ? issuesValue.GetString() : issuesValue.GetRawText()) switch
            {
                "all" or null => IssueFilter.FirstAndReissues,
                "first" => IssueFilter.FirstIssueOnly,
                "reissues" => IssueFilter.ReissuesOnly,
                var other => Invalid(other),
            };
        }
        return new SubscriptionFilter
        {
            Councils = List(filter, "councils", errors, allowed: null),
            Regions = List(filter, "regions", errors, SubscriptionVocabulary.Regions),
            Grades = List(filter, "grades", errors, SubscriptionVocabulary.Grades),
            DocumentTypes = List(filter, "documentTypes", errors, SubscriptionVocabulary.DocumentTypes),
            Issues = issues,
        };

        IssueFilter Invalid(string? value)
        {
            errors["filter.issues"] = [$"'{value}' is not one of: {string.Join(", ", SubscriptionVocabulary.Issues)}."];
            return IssueFilter.FirstAndReissues;
        }
    }

    private static IReadOnlyList<string> List(JsonElement filter, string name, Dictionary<string, string[]> errors, IReadOnlyList<string>? allowed)
    {
        if (!filter.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String) || value.GetArrayLength() > 200)
        {
            errors[$"filter.{name}"] = [$"'filter.{name}' must be a list of strings."];
            return [];
        }
        var values = value.EnumerateArray().Select(v => v.GetString()!).ToList();
        if (SubscriptionVocabulary.Unknown(values, allowed) is { Count: > 0 } unknown)
        {
            errors[$"filter.{name}"] = [allowed is null
                ? $"Not council keys (lower case words joined by hyphens, as in 'barking-and-dagenham'): {string.Join(", ", unknown.Select(v => $"'{v}'"))}."
                : $"Unknown values {string.Join(", ", unknown.Select(v => $"'{v}'"))}; 'filter.{name}' takes: {string.Join(", ", allowed)}."];
            return [];
        }
        return values;
    }
}
