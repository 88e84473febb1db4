namespace Publishing.Statements.Language.Models;

/// <summary>One input document: <paramref name="Id"/> is unique within a request; <paramref name="Language"/> an ISO 639-1 code.</summary>
public sealed record LanguageDocument(string Id, string Text, string Language = "en");
