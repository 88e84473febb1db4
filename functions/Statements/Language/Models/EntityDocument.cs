namespace Publishing.Statements.Language.Models;

/// <summary>The named entities recognised in one document.</summary>
public sealed class EntityDocument
{
    public string Id { get; init; } = string.Empty;

    public IReadOnlyList<RecognizedEntity> Entities { get; init; } = [];

    public IReadOnlyList<DocumentWarning> Warnings { get; init; } = [];
}
