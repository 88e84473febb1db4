namespace Publishing.Tests.Statements.Language;

/// <summary>An entity the fake server reports, located by its text in the document.</summary>
internal sealed record FakeEntity(string Text, string Category, string? Subcategory = null, double Confidence = 0.9);
