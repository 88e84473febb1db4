using Publishing.Reading.Model;

namespace Publishing.Summaries.Model;

/// <summary>Where the previous inspection's grades came from.</summary>
public enum TrendBasis
{
    /// <summary>An earlier report the pipeline has read.</summary>
    ReportHistory,
    /// <summary>Ofsted's official outcomes data.</summary>
    OutcomesData,
    /// <summary>Only the report's own sentence about its previous inspection.</summary>
    ReportStatement,
    /// <summary>Nothing known.</summary>
    None,
}

public enum ChangeDirection { Up, Down, Same, NotComparable }

/// <summary>The previous inspection's grades, judgement by judgement, with what changed.</summary>
public sealed record Trend(
    TrendBasis Basis,
    PreviousInspection? Previous,
    IReadOnlyList<JudgementChange> Changes,
    SourcedText? StatedInReport,
    string? CrossCheck);

/// <summary>An earlier inspection of the same council. Prose names it by <see cref="Inspected"/>'s year, as reports do ("the previous inspection in 2022").</summary>
public sealed record PreviousInspection(DateOnly Inspected, DateOnly Published, string Framework, IReadOnlyList<PreviousGrade> Grades)
{
    public PreviousGrade? Find(string key) => Grades.FirstOrDefault(g => g.Key == key);
}

public sealed record PreviousGrade(string Key, string ShortName, Grade Grade, string GradeWords, FactSource Source);

/// <summary>One judgement now against the previous inspection. <see cref="Note"/> explains a comparison across differently scoped judgements.</summary>
public sealed record JudgementChange(string Key, string ShortName, Grade Previous, string PreviousWords, Grade Current, string CurrentWords, ChangeDirection Direction, string? Note,
    FactSource PreviousSource, FactSource CurrentSource);
