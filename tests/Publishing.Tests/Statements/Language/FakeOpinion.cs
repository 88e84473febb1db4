namespace Publishing.Tests.Statements.Language;

/// <summary>An opinion the fake server reports: an assessment of a target, both found in the document text.</summary>
internal sealed record FakeOpinion(string Target, string Assessment, string Sentiment, double Confidence = 0.95, bool Negated = false);
