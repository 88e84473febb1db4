using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Publishing.Cli;
using Publishing.Reading.Model;

namespace Publishing.Reading.Limits;

/// <summary>
/// Neutralises the characters a PDF can carry in its text that would change how outputs show it: bidirectional
/// overrides, embeddings, isolates and marks (text after U+202E displays reversed), zero-width characters, and
/// control characters (removed, or a space where they stood between words). The same characters are refused in
/// statements. Applied once, to every string of what the reader hands on (the report, or the failure that quotes
/// the document's text), whatever the model's shape; a report without such characters is handed on untouched.
/// </summary>
internal static class TextControls
{
    public static ReadResult Neutralise(ReadResult result)
    {
        if (!result.Succeeded) return Has(result.Failure.Found) || Has(result.Failure.Expected)
            ? ReadResult.Fail(result.Failure with { Expected = Clean(result.Failure.Expected), Found = Clean(result.Failure.Found) })
            : result;
        var tree = JsonSerializer.SerializeToNode(result.Report, JsonOutput.Compact);
        if (tree is null || !CleanStrings(tree)) return result;
        return ReadResult.Success(tree.Deserialize<InspectionReport>(JsonOutput.Compact)!);
    }

    /// <returns>Whether any string changed.</returns>
    private static bool CleanStrings(JsonNode node)
    {
        var changed = false;
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                    if (child is not null) changed |= CleanStrings(child);
                break;
            case JsonArray array:
                foreach (var child in array.ToList())
                    if (child is not null) changed |= CleanStrings(child);
                break;
            case JsonValue value when value.TryGetValue<string>(out var text) && Has(text):
                value.ReplaceWith(JsonValue.Create(Clean(text)));
                changed = true;
                break;
        }
        return changed;
    }

    public static bool Has(string text)
    {
        foreach (var c in text)
            if (IsInvisible(c) || char.IsControl(c) || c is '\u2028' or '\u2029') return true;
        return false;
    }

    public static string Clean(string text)
    {
        if (!Has(text)) return text;
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (IsInvisible(c)) continue;
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                // A break between words stays a break; at either end, or beside a space, it is dropped.
                if (clean.Length > 0 && clean[^1] != ' ') clean.Append(' ');
                continue;
            }
            if (c == ' ' && clean.Length > 0 && clean[^1] == ' ') continue;
            clean.Append(c);
        }
        return clean.ToString().TrimEnd();
    }

    private static bool IsInvisible(char c) =>
        c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'
            or >= '\u200B' and <= '\u200D' or '\u2060' or '\uFEFF';
}
