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

/// <summary>
/// The previous inspection's grades, judgement by judgement, with what changed. Evidence is taken in order: the
/// report's own statement of its previous inspection (<see cref="Stated"/>), Ofsted's outcomes data, earlier reports
/// held. <see cref="Established"/> is false when <see cref="Previous"/> is only the latest inspection the evidence
/// shows and a later one could have happened unseen (the data end before this inspection): then no change is stated.
/// </summary>
public sealed record Trend(
    TrendBasis Basis,
    PreviousInspection? Previous,
    IReadOnlyList<JudgementChange> Changes,
    SourcedText? StatedInReport,
    string? CrossCheck,
    StatedPreviousInspection? Stated = null,
    bool Established = false,
    PreviousOverall? Overall = null,
    IReadOnlyList<string>? EvidenceNotes = null);

/// <summary>The previous overall grade as the evidence establishes it, for the headline: the report's own words win over any record.</summary>
public sealed record PreviousOverall(Grade Grade, string GradeWords, int? Year, string? Predecessor, ChangeDirection Direction, FactSource Source);

/// <summary>
/// An earlier inspection of the same council, or of its predecessor (<see cref="Predecessor"/> names it). Prose names it
/// by <see cref="Inspected"/>'s year, as reports do ("the previous inspection in 2022").
/// </summary>
public sealed record PreviousInspection(DateOnly Inspected, DateOnly Published, string Framework, IReadOnlyList<PreviousGrade> Grades, string? Predecessor = null)
{
    public PreviousGrade? Find(string key) => Grades.FirstOrDefault(g => g.Key == key);
}

public sealed record PreviousGrade(string Key, string ShortName, Grade Grade, string GradeWords, FactSource Source);

/// <summary>One judgement now against the previous inspection. <see cref="Note"/> explains a comparison across differently scoped judgements.</summary>
public sealed record JudgementChange(string Key, string ShortName, Grade Previous, string PreviousWords, Grade Current, string CurrentWords, ChangeDirection Direction, string? Note,
    FactSource PreviousSource, FactSource CurrentSource);
