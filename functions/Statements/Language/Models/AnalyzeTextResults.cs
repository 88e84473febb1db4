namespace Publishing.Statements.Language.Models;

/// <summary>
/// The results of one analysis: a document per input that succeeded, and a per-document error for each that did not
/// (for example a document over the 5,120-character limit). When the client split a call into several requests the
/// lists hold every request's documents and errors, in input order per request.
/// </summary>
public sealed class AnalyzeTextResults<TDocument>
{
    public IReadOnlyList<TDocument> Documents { get; init; } = [];

    public IReadOnlyList<DocumentError> Errors { get; init; } = [];

    public string? ModelVersion { get; init; }
}
