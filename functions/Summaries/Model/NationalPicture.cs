using Publishing.Reading.Model;

namespace Publishing.Summaries.Model;

public enum PictureStatus
{
    /// <summary>Kept so summaries stored by earlier versions still read; never produced now (the product ships its own data).</summary>
    NotConfigured,
    /// <summary>The report predates what the outcomes data covers.</summary>
    BeforeData,
    Available,
}

/// <summary>How many councils held each overall grade as at the report's publication date, nationally and in the council's region.
/// <see cref="CouncilsNotCovered"/> is set when some current councils had no grade in the statistics by then (before every council's
/// first ILACS inspection): the counts are then not national totals and must not be printed as such.</summary>
public sealed record NationalPicture(
    PictureStatus Status,
    string Explanation,
    DateOnly AsAt,
    int CouncilsCounted,
    IReadOnlyList<GradeCount> National,
    string? Region,
    int RegionCouncilsCounted,
    IReadOnlyList<GradeCount> Regional,
    Grade? CouncilGrade,
    string? Placement,
    IReadOnlyList<FactSource> Sources,
    string? ReleaseName = null,
    string? Attribution = null,
    int? CouncilsNotCovered = null)
{
    /// <summary>Set when the counts stop before <see cref="AsAt"/>: the statistics end on this day and no later report was
    /// read, so the counts are not "as at" the report's date.</summary>
    public DateOnly? GradesKnownTo { get; init; }

    public static NationalPicture Unavailable(PictureStatus status, DateOnly asAt, string explanation) =>
        new(status, explanation, asAt, 0, [], null, 0, [], null, null, []);
}

public sealed record GradeCount(Grade Grade, string GradeWords, int Councils);
