namespace Publishing.Statements.Language.Models;

/// <summary>The key phrases of one document.</summary>
public sealed class KeyPhraseDocument
{
    public string Id { get; init; } = string.Empty;

    public IReadOnlyList<string> KeyPhrases { get; init; } = [];

    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}
