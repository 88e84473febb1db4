namespace Publishing.Statements.Language.Models;

/// <summary>What an opinion is about ("inspection" in "a thorough inspection"); relations point at its assessments.</summary>
public sealed class SentenceTarget : SentimentSpan
{
    public IReadOnlyList<TargetRelation> Relations { get; init; } = [];
}
