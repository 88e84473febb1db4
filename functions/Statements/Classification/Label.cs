namespace Publishing.Statements.Classification;

/// <summary>
/// One decided label with the explanation a press officer needs to trust or correct it:
/// <paramref name="Reason"/> is a readable sentence; <paramref name="Cues"/> lists the matched words or rules.
/// </summary>
public sealed record Label<T>(T Value, string Reason, IReadOnlyList<string> Cues);
