namespace Publishing.Statements.Language.Models;

/// <summary>What an opinion is about ("inspection" in "a thorough inspection"); relations point at its assessments.</summary>
public sealed class SentenceTarget
{
    public string Text { get; init; } = string.Empty;

    public string Sentiment { get; init; } = string.Empty;

    public SentimentConfidence ConfidenceScores { get; init; } = new();

    public int Offset { get; init; }

    public int Length { get; init; }

    public IReadOnlyList<TargetRelation> Relations { get; init; } = [];
}
