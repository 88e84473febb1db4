namespace Publishing.Statements.Language.Models;

/// <summary>A piece of a document with its sentiment: the shape sentences, opinion targets and assessments share.</summary>
public abstract class SentimentSpan
{
    public string Text { get; init; } = string.Empty;

    public string Sentiment { get; init; } = string.Empty;

    public SentimentConfidence ConfidenceScores { get; init; } = new();

    /// <summary>UTF-16 offset into the document (the client asks for <c>stringIndexType=Utf16CodeUnit</c>).</summary>
    public int Offset { get; init; }

    public int Length { get; init; }
}
