using Publishing.Reading.Model;

namespace Publishing.Summaries.Model;

public enum SpreadDirection { Stronger, Weaker }

/// <summary>A judgement graded above or below the overall grade.</summary>
public sealed record SpreadItem(string Key, string ShortName, Grade Grade, string GradeWords, SpreadDirection Direction, FactSource Source);
