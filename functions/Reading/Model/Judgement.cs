namespace Publishing.Reading.Model;

/// <summary>One row of the report's judgement table.</summary>
/// <param name="Key">Stable key, e.g. <c>help_and_protection</c> (see <see cref="JudgementKeys"/>).</param>
/// <param name="Label">The row's label as printed.</param>
/// <param name="Grade">The grade.</param>
/// <param name="PrintedGrade">The grade's words as printed (SIF tables print "Requires improvement").</param>
/// <param name="Page">The page the row is on.</param>
public sealed record Judgement(string Key, string Label, Grade Grade, string PrintedGrade, int Page)
{
    public string GradeWords => Grade.ToOfstedWords();
}
