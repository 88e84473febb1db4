namespace Publishing.Statements.Classification;

/// <summary>
/// How one sentence bears on the stance: <paramref name="Relevance"/> is 1 when it refers to the inspection itself,
/// less when it only follows such a sentence, 0 when it is about something else (and so cannot count).
/// <paramref name="Supportive"/> and <paramref name="Critical"/> are the weighted cue scores; <paramref name="Cues"/> the matched cues.
/// </summary>
public sealed record SentenceStance(
    int Index,
    string Text,
    double Relevance,
    double Supportive,
    double Critical,
    bool HasContrastPair,
    IReadOnlyList<string> Cues);
