namespace Publishing.Statements.Classification;

/// <summary>The stance decision together with the per-sentence scores that led to it (used for the key quote).</summary>
public sealed record StanceAssessment(
    Label<Stance> Stance,
    double Supportive,
    double Critical,
    IReadOnlyList<SentenceStance> Sentences);
