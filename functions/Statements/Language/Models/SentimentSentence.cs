namespace Publishing.Statements.Language.Models;

/// <summary>One sentence's sentiment and, with opinion mining, its targets and the assessments made of them.</summary>
public sealed class SentimentSentence : SentimentSpan
{
    public IReadOnlyList<SentenceTarget> Targets { get; init; } = [];

    public IReadOnlyList<SentenceAssessment> Assessments { get; init; } = [];
}
