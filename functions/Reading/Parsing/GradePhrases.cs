using System.Text.RegularExpressions;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>Recognises Ofsted's grade wording, including older forms ("requires improvement", "Requires Improvement").</summary>
internal static partial class GradePhrases
{
    private static readonly HashSet<string> GradeTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "requires", "require", "improvement", "to", "be", "good", "outstanding", "inadequate", "adequate", "not", "judged",
    };

    /// <summary>True when a table cell holds grade words and nothing else.</summary>
    public static bool IsGradeCell(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        foreach (var word in words)
        {
            if (!GradeTokens.Contains(word.TrimEnd('.', ',', ';'))) return false;
        }
        return words.Any(w => !w.Equals("to", StringComparison.OrdinalIgnoreCase) && !w.Equals("be", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Splits a run of grade words ("Requires improvement to be good Good") into grades, in order.</summary>
    public static IReadOnlyList<(Grade Grade, string Printed)>? SplitSequence(string text)
    {
        var result = new List<(Grade, string)>();
        var rest = text.Trim();
        while (rest.Length > 0)
        {
            var m = LeadingGrade().Match(rest);
            if (!m.Success) return null;
            result.Add((FromWords(m.Value), m.Value.Trim().TrimEnd('.')));
            rest = rest[m.Length..].TrimStart(' ', '.', ',');
        }
        return result;
    }

    public static Grade FromWords(string words)
    {
        var w = words.Trim().TrimEnd('.').ToLowerInvariant();
        if (w.StartsWith("require", StringComparison.Ordinal)) return Grade.RequiresImprovementToBeGood;
        return w switch
        {
            "outstanding" => Grade.Outstanding,
            "good" => Grade.Good,
            "inadequate" => Grade.Inadequate,
            "adequate" => Grade.Adequate,
            "not judged" => Grade.NotJudged,
            _ => throw new FormatException($"'{words}' is not an Ofsted grade"),
        };
    }

    [GeneratedRegex(@"^(?:requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|good|inadequate|adequate|not\s+judged)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingGrade();
}
