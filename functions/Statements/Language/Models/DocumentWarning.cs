namespace Publishing.Statements.Language.Models;

/// <summary>A warning about one document, such as a long word or a truncated input.</summary>
public sealed class DocumentWarning
{
    public string Code { get; init; } = string.Empty;

    public string Message { get; init; } = string.Empty;

    public string? TargetRef { get; init; }
}
