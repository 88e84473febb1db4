using System.Text.RegularExpressions;

namespace Publishing.Statements.Classification;

/// <summary>
/// Splits statement text into sentences: on '.', '!' or '?' (optionally followed by a closing quote or bracket) then
/// whitespace and an upper-case letter, digit or opening quote; not after common abbreviations (Mr, Dr, St, Cllr, No ...)
/// or single initials. Semicolons are kept inside the sentence; clause handling is the stance rules' business.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "st", "cllr", "prof", "no", "vs", "etc", "e.g", "i.e", "rt", "hon", "sir", "jan", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "co",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = Whitespace().Replace(text, " ").Trim();
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(normalised))
        {
            var end = boundary.Index + boundary.Groups["end"].Length;
            var candidate = normalised[start..end];
            if (EndsWithAbbreviation(candidate))
            {
                continue;
            }

            Add(sentences, candidate);
            start = boundary.Index + boundary.Length;
        }

        Add(sentences, normalised[start..]);
        return sentences;
    }

    private static bool EndsWithAbbreviation(string candidate)
    {
        var trimmed = candidate.TrimEnd('"', '\'', ')', '\u201D', '\u2019');
        if (!trimmed.EndsWith('.'))
        {
            return false;
        }

        var lastSpace = trimmed.LastIndexOf(' ');
        var lastWord = trimmed[(lastSpace + 1)..^1].TrimStart('(', '"', '\'');
        return lastWord.Length == 1 && char.IsUpper(lastWord[0]) || Abbreviations.Contains(lastWord);
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var trimmed = candidate.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<end>[.!?]+[""'\u201D\u2019)]*)\s+(?=[""'\u201C\u2018(]?[A-Z0-9])")]
    private static partial Regex Boundary();
}
