namespace Publishing.Statements.Language.Models;

/// <summary>The opinion words about a target ("thorough"); <see cref="IsNegated"/> when the service saw a negation.</summary>
public sealed class SentenceAssessment : SentimentSpan
{
    public bool IsNegated { get; init; }
}
