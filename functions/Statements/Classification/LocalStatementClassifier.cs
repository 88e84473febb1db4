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
        var original = statement.Text ?? string.Empty;
        var plain = statement with
        {
            Text = PlainQuotes.Of(original),
            Speaker = PlainQuotes.Of(statement.Speaker),
            Role = PlainQuotes.Of(statement.Role),
            Body = PlainQuotes.Of(statement.Body),
        };
        var speakerKind = SpeakerKindRules.Decide(plain, _councils);
        var stance = StanceRules.Assess(plain.Text);
        var themes = ThemeRules.Decide(plain.Text);
        var keyQuote = KeyQuoteSelector.Select(stance);
        // The key quote is quoted as the statement wrote it, typographic quotes and all.
        keyQuote = keyQuote with { Value = PlainQuotes.Verbatim(keyQuote.Value, plain.Text, original) };
        var subject = SubjectMatcher.Match(plain, speakerKind.Value, _councils);
        return new StatementClassification(Name, speakerKind, stance.Stance, themes, keyQuote, subject);
    }
}
