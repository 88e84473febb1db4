namespace Publishing.Reading.Model;

/// <summary>What a document type says in place of, or as, an overall grade: the basis of what a grade feed holds.</summary>
public enum DocumentGrading
{
    /// <summary>An overall effectiveness grade on the four-point scale.</summary>
    OverallGrade,
    /// <summary>An overall grade on the 2013 scale, whose "Adequate" has no counterpart on today's scale.</summary>
    OverallGradeOlderScale,
    /// <summary>Graded judgements but no overall grade (the 2026 ILACS format).</summary>
    JudgementsOnly,
    /// <summary>One grade for the safeguarding board, not for children's services.</summary>
    BoardGrade,
    /// <summary>No grade, ever (focused visits).</summary>
    NoGrade,
    /// <summary>One of three outcome statements in Ofsted and CQC's words (area SEND), not a grade.</summary>
    OutcomeStatement,
    /// <summary>Not summarised: routed to review (monitoring visits, joint targeted area inspections).</summary>
    ReviewOnly,
}
