namespace Publishing.Statements.Language.Models;

/// <summary>The opinion words about a target ("thorough"); <see cref="IsNegated"/> when the service saw a negation.</summary>
public sealed class SentenceAssessment
{
    public string Text { get; init; } = string.Empty;

    public string Sentiment { get; init; } = string.Empty;

    public SentimentConfidence ConfidenceScores { get; init; } = new();

    public int Offset { get; init; }

    public int Length { get; init; }

    public bool IsNegated { get; init; }
}
