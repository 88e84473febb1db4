using Publishing.Reading.Model;

namespace Publishing.Summaries.Model;

/// <summary>A judgement that limited the grade, with the report's points for improvement that concern it (verbatim, with pages).</summary>
public sealed record ImprovementArea(string Key, string ShortName, Grade Grade, string GradeWords, IReadOnlyList<SourcedText> Points);
