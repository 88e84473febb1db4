using System.Text.RegularExpressions;
using Publishing.Reading.Model;

namespace Publishing.Summaries.Composition;

/// <summary>Grades named in a sentence of report prose ("judged to require improvement to be good").</summary>
internal static partial class GradeMentions
{
    public static IReadOnlyList<Grade> In(string text)
    {
        var grades = new List<Grade>();
        foreach (Match m in Mention().Matches(text))
        {
            var grade = m.Value.ToLowerInvariant() switch
            {
                var v when v.StartsWith("requir", StringComparison.Ordinal) => Grade.RequiresImprovementToBeGood,
                "inadequate" => Grade.Inadequate,
                "outstanding" => Grade.Outstanding,
                "adequate" => Grade.Adequate,
                _ => Grade.Good,
            };
            if (!grades.Contains(grade)) grades.Add(grade);
        }
        return grades;
    }

    [GeneratedRegex(@"\brequir(?:es|e|ing)\s+improvement(?:\s+to\s+be\s+good)?|\binadequate\b|\boutstanding\b|\badequate\b|\bgood\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
