namespace Publishing.Statements.Language.Models;

/// <summary>One sentence's sentiment and, with opinion mining, its targets and the assessments made of them.</summary>
public sealed class SentimentSentence
{
    public string Text { get; init; } = string.Empty;

    public string Sentiment { get; init; } = string.Empty;

    public SentimentConfidence ConfidenceScores { get; init; } = new();

    public int Offset { get; init; }

    public int Length { get; init; }

    public IReadOnlyList<SentenceTarget> Targets { get; init; } = [];

    public IReadOnlyList<SentenceAssessment> Assessments { get; init; } = [];
}
