namespace Publishing.Reading.Model;

/// <summary>The exact words Ofsted uses for each grade.</summary>
public static class GradeWording
{
    public static string ToOfstedWords(this Grade grade) => grade switch
    {
        Grade.Outstanding => "Outstanding",
        Grade.Good => "Good",
        Grade.RequiresImprovementToBeGood => "Requires improvement to be good",
        Grade.Inadequate => "Inadequate",
        Grade.Adequate => "Adequate",
        Grade.NotJudged => "Not judged",
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, null),
    };

    public static bool TryParseOfstedWords(string words, out Grade grade)
    {
        foreach (var candidate in Enum.GetValues<Grade>())
        {
            if (string.Equals(candidate.ToOfstedWords(), words, StringComparison.OrdinalIgnoreCase))
            {
                grade = candidate;
                return true;
            }
        }
        grade = default;
        return false;
    }

    /// <summary>Rank from best (1) to worst (4) on the four-point scale; null where the grade is off that scale.</summary>
    public static int? Rank(this Grade grade) => grade switch
    {
        Grade.Outstanding => 1,
        Grade.Good => 2,
        Grade.RequiresImprovementToBeGood => 3,
        Grade.Inadequate => 4,
        _ => null,
    };
}
