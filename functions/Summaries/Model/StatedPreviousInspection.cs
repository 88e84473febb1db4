using Publishing.Reading.Model;

namespace Publishing.Summaries.Model;

/// <summary>
/// What the report's own sentence says of its previous inspection: its year and overall grade where the sentence states
/// them, null where it does not (<see cref="Unread"/> says which and why). Nothing here is inferred from other sources.
/// </summary>
public sealed record StatedPreviousInspection(string Text, FactSource Source, int? Year, Grade? Overall, string? OverallWords, IReadOnlyList<string> Unread);
