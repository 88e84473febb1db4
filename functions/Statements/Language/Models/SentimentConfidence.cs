namespace Publishing.Statements.Language.Models;

/// <summary>Confidence per sentiment. Opinion-mining targets and assessments carry only positive and negative.</summary>
public sealed class SentimentConfidence
{
    public double Positive { get; init; }

    public double Neutral { get; init; }

    public double Negative { get; init; }
}
