using System.Text.RegularExpressions;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>Recognises Ofsted's grade wording, including older forms ("requires improvement", "Requires Improvement")
/// and a "Grade N" suffix ("Inadequate Grade 4"), which is accepted only where its number agrees with the word.</summary>
internal static partial class GradePhrases
{
    private static readonly HashSet<string> GradeTokens = new(StringComparer.OrdinalIgnoreCase)
    {
        "requires", "require", "improvement", "to", "be", "good", "outstanding", "inadequate", "adequate", "not", "judged",
    };

    // Words a cell may carry beside its grade words, but never alone: "to be" of a wrapped grade, "Grade 4".
    private static readonly HashSet<string> CarrierTokens = new(StringComparer.OrdinalIgnoreCase) { "to", "be", "grade", "1", "2", "3", "4" };

    /// <summary>True when a table cell holds grade words and nothing else.</summary>
    public static bool IsGradeCell(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        foreach (var word in words)
        {
            var w = word.TrimEnd('.', ',', ';', ':', ')').TrimStart('(');
            if (!GradeTokens.Contains(w) && !CarrierTokens.Contains(w)) return false;
        }
        return words.Any(w => !CarrierTokens.Contains(w.TrimEnd('.', ',', ';', ':', ')').TrimStart('(')));
    }

    /// <summary>Splits a run of grade words ("Requires improvement to be good Good") into grades, in order.</summary>
    /// <param name="problem">When the result is null because a "Grade N" disagrees with its word, that cell; otherwise empty.</param>
    public static IReadOnlyList<(Grade Grade, string Printed)>? SplitSequence(string text, out string problem)
    {
        problem = "";
        var result = new List<(Grade, string)>();
        var rest = text.Trim();
        while (rest.Length > 0)
        {
            var m = LeadingGrade().Match(rest);
            if (!m.Success) return null;
            var words = m.Groups["words"].Value;
            var grade = FromWords(words);
            if (m.Groups["number"].Success && grade.Rank() != int.Parse(m.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture))
            {
                problem = $"a grade cell '{m.Value.Trim()}' whose number disagrees with its word";
                return null;
            }
            result.Add((grade, words.Trim().TrimEnd('.')));
            rest = rest[m.Length..].TrimStart(' ', '.', ',');
        }
        return result;
    }

    public static IReadOnlyList<(Grade Grade, string Printed)>? SplitSequence(string text) => SplitSequence(text, out _);

    public static Grade FromWords(string words)
    {
        var w = Regex.Replace(words.Trim().TrimEnd('.').ToLowerInvariant(), @"\s+", " ");
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

    [GeneratedRegex(@"^(?<words>(?:requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|good|inadequate|adequate|not\s+judged)\b\.?)(?:\s*\(?\s*grade\s+(?<number>[1-4])\b\)?)?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingGrade();
}
