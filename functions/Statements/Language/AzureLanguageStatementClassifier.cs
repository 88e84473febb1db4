using System.Globalization;
using Publishing.Statements.Classification;
using Publishing.Statements.Language.Models;

namespace Publishing.Statements.Language;

/// <summary>
/// Classifies with the Azure AI Language service and the local rules together (<see cref="Name"/>): opinion mining on
/// inspection targets joins the local stance cues (<see cref="OpinionStanceCombiner"/>), entities and key phrases join
/// the theme lexicon (<see cref="SignalThemeCombiner"/>) and the subject matcher (<see cref="EntitySubjectCombiner"/>);
/// speaker kind is the local rules' alone (the service has no signal for it). Statements over the per-document limit
/// are split (<see cref="LanguageDocumentSplitter"/>) and the reasons say so. Service failures propagate: wrap this in
/// <see cref="FallbackStatementClassifier"/> so that callers always get an answer.
/// </summary>
public sealed class AzureLanguageStatementClassifier : IStatementClassifier
{
    public const string Name = "azure-language+local";

    private readonly TextAnalysisClient _client;
    private readonly LocalStatementClassifier _local;
    private readonly KnownCouncils _councils;

    public AzureLanguageStatementClassifier(TextAnalysisClient client, KnownCouncils councils)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _councils = councils ?? throw new ArgumentNullException(nameof(councils));
        _local = new LocalStatementClassifier(councils);
    }

    public async ValueTask<StatementClassification> ClassifyAsync(StatementInput statement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var baseline = _local.Classify(statement);
        var text = statement.Text ?? string.Empty;
        if (text.Trim().Length == 0)
        {
            // The service rejects empty documents; the local rules' answer (classifier "local") is all there is.
            return baseline;
        }

        var signals = await AnalyzeAsync(text, cancellationToken).ConfigureAwait(false);
        var stance = OpinionStanceCombiner.Combine(StanceRules.Assess(text), signals);
        return new StatementClassification(
            Name,
            baseline.SpeakerKind with { Reason = $"Local rules (the service gives no speaker signal): {baseline.SpeakerKind.Reason}" },
            stance.Stance,
            SignalThemeCombiner.Combine(baseline.Themes, signals),
            KeyQuoteSelector.Select(stance),
            EntitySubjectCombiner.Combine(baseline.Subject, signals, _councils, statement));
    }

    private async Task<LanguageSignals> AnalyzeAsync(string text, CancellationToken cancellationToken)
    {
        var pieces = LanguageDocumentSplitter.Split(text);
        var documents = pieces.Select((piece, i) => new LanguageDocument((i + 1).ToString(CultureInfo.InvariantCulture), piece)).ToList();
        var sentiment = _client.AnalyzeSentimentAsync(documents, includeOpinionMining: true, cancellationToken);
        var phrases = _client.ExtractKeyPhrasesAsync(documents, cancellationToken);
        var entities = _client.RecognizeEntitiesAsync(documents, cancellationToken);
        await Task.WhenAll(sentiment, phrases, entities).ConfigureAwait(false);
        var s = (await sentiment.ConfigureAwait(false)).Value;
        var k = (await phrases.ConfigureAwait(false)).Value;
        var e = (await entities.ConfigureAwait(false)).Value;
        IReadOnlyList<DocumentError> errors = [.. s.Errors, .. k.Errors, .. e.Errors];
        return new LanguageSignals(s.Documents, k.Documents, e.Documents, errors, documents.Count);
    }
}
