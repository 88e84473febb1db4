namespace Publishing.Statements.Language.Models;

/// <summary>A per-document failure inside an otherwise successful answer.</summary>
public sealed class DocumentError
{
    public string Id { get; init; } = string.Empty;

    public LanguageError Error { get; init; } = new();
}
