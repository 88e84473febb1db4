namespace Publishing.Statements.Intake;

/// <summary>The 202 answer to a submission, correction or withdrawal.</summary>
public sealed record StatementAccepted(string Id, string Url, string Report, int Revision, bool Withdrawn, DateTimeOffset? EmbargoUntil, bool Replayed)
{
    /// <summary>Set when the report has not been published yet: until when the statement is held for it, and why.</summary>
    public HeldForReport? Held { get; init; }
}

/// <summary>One page of a report's statements; <see cref="Continuation"/> and <see cref="Next"/> are null on the last page.</summary>
public sealed record StatementList(string Report, int Count, IReadOnlyList<StatementView> Statements, string? Continuation = null, string? Next = null);

public sealed record StatementHistory(string Id, IReadOnlyList<StatementView> Revisions);
