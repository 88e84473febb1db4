using Publishing.Statements.Classification;

namespace Publishing.Summaries.Model;

/// <summary>A published statement as the summary shows it.</summary>
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
    FactSource Source);

/// <summary>Statements sharing a stance; <see cref="Stance"/> is null for statements not yet classified.</summary>
public sealed record StatementGroup(Stance? Stance, string Title, IReadOnlyList<SummaryStatement> Statements);
