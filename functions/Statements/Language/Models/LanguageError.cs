namespace Publishing.Statements.Language.Models;

/// <summary>The service's error object: <c>{"code","message","innererror"?}</c>.</summary>
public sealed class LanguageError
{
    public string Code { get; init; } = string.Empty;

    public string Message { get; init; } = string.Empty;

    public LanguageError? Innererror { get; init; }
}
