using Publishing.Statements.Classification;

namespace Publishing.Summaries.Model;

/// <summary>
/// A published statement as the summary shows it. <see cref="Text"/> is verbatim as submitted; <see cref="Paragraphs"/>
/// and <see cref="KeyQuote"/> are the same words for printing inside quotation marks (an attribution pasted into the
/// text moved to <see cref="Byline"/>, quotations within nested ‘ ’ / “ ”).
/// </summary>
public sealed record SummaryStatement(
    string Id,
    int Revision,
    string Speaker,
    string? Role,
    string Body,
    string Text,
    string? KeyQuote,
    string? Link,
    DateTimeOffset ReceivedAt,
    FactSource Source)
{
    /// <summary>"Name, role, Body", each said once.</summary>
    public string Byline { get; init; } = "";
    public IReadOnlyList<string> Paragraphs { get; init; } = [];
}

/// <summary>
/// Statements of one voice sharing a stance. <see cref="Stance"/> is null for statements not yet classified and for
/// the inspectorate's and the government's responses, which are never given a stance as sector voices are.
/// </summary>
public sealed record StatementGroup(Stance? Stance, string Title, IReadOnlyList<SummaryStatement> Statements, ResponseVoice Voice = ResponseVoice.Sector);
