namespace Publishing.Statements.Classification;

/// <summary>
/// The embedded rule-based classifier: no network and no model. It needs the list of known councils (built at run time
/// from the outcomes lookup CSV) to match subjects. Results carry <see cref="Name"/> ("local") as their classifier.
/// </summary>
public sealed class LocalStatementClassifier(KnownCouncils councils) : IStatementClassifier
{
    public const string Name = "local";

    private readonly KnownCouncils _councils = councils ?? throw new ArgumentNullException(nameof(councils));

    public ValueTask<StatementClassification> ClassifyAsync(StatementInput statement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Classify(statement));
    }

    public StatementClassification Classify(StatementInput statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var text = statement.Text ?? string.Empty;
        var speakerKind = SpeakerKindRules.Decide(statement, _councils);
        var stance = StanceRules.Assess(text);
        var themes = ThemeRules.Decide(text);
        var keyQuote = KeyQuoteSelector.Select(stance);
        var subject = SubjectMatcher.Match(statement, speakerKind.Value, _councils);
        return new StatementClassification(Name, speakerKind, stance.Stance, themes, keyQuote, subject);
    }
}
