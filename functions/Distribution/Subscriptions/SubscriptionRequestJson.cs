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
            Councils = List(filter, "councils", errors),
            Regions = List(filter, "regions", errors),
            Grades = List(filter, "grades", errors),
            DocumentTypes = DocumentTypes(filter, errors),
            Issues = issues,
        };

        IssueFilter Invalid(string? value)
        {
            errors["filter.issues"] = [$"'{value}' is not one of: all, first, reissues."];
            return IssueFilter.FirstAndReissues;
        }
    }

    private static IReadOnlyList<string> DocumentTypes(JsonElement filter, Dictionary<string, string[]> errors)
    {
        var values = List(filter, "documentTypes", errors);
        var unknown = values.Where(v => !Feeds.DocumentTypeFilterValues.IsKnown(v)).ToList();
        if (unknown.Count > 0)
            errors["filter.documentTypes"] = [$"'{string.Join("', '", unknown)}' not one of: {string.Join(", ", Feeds.DocumentTypeFilterValues.All)}."];
        return values;
    }

    private static IReadOnlyList<string> List(JsonElement filter, string name, Dictionary<string, string[]> errors)
    {
        if (!filter.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String) || value.GetArrayLength() > 200)
        {
            errors[$"filter.{name}"] = [$"'filter.{name}' must be a list of strings."];
            return [];
        }
        return value.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
