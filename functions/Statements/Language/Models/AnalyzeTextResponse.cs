namespace Publishing.Statements.Language.Models;

/// <summary>The envelope of a synchronous answer: <c>{"kind":"&lt;Kind&gt;Results","results":{...}}</c>.</summary>
internal sealed class AnalyzeTextResponse<TDocument>
{
    public string? Kind { get; init; }

    public AnalyzeTextResults<TDocument>? Results { get; init; }
}
