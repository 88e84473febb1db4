namespace Publishing.Statements.Language.Models;

/// <summary>Sentiment of one document: positive, neutral, negative or mixed, with its sentences.</summary>
public sealed class SentimentDocument
{
    public string Id { get; init; } = string.Empty;

    public string Sentiment { get; init; } = string.Empty;

    public SentimentConfidence ConfidenceScores { get; init; } = new();

    public IReadOnlyList<SentimentSentence> Sentences { get; init; } = [];

    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}
