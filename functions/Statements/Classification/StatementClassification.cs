namespace Publishing.Statements.Classification;

/// <summary>
/// The labels for one statement, each with its reason. <see cref="Classifier"/> names the backend that produced it
/// (<see cref="LocalStatementClassifier.Name"/> for the embedded rules), so a later remote backend that falls back
/// to the local one can be told apart in stored results. <see cref="Fallback"/> says why a fallback answered
/// (for example "fallback: azure-language circuit open"); it is null when the configured backend answered.
/// </summary>
public sealed record StatementClassification(
    string Classifier,
    Label<SpeakerKind> SpeakerKind,
    Label<Stance> Stance,
    IReadOnlyList<Label<Theme>> Themes,
    Label<string> KeyQuote,
    Label<CouncilSubject?> Subject)
{
    public string? Fallback { get; init; }
}
