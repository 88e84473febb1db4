namespace Publishing.Statements.Intake;

/// <summary>The 202 answer to a submission, correction or withdrawal.</summary>
public sealed record StatementAccepted(string Id, string Url, string Report, int Revision, bool Withdrawn, DateTimeOffset? EmbargoUntil, bool Replayed)
{
    /// <summary>Set when the report has not been published yet: until when the statement is held for it, and why.</summary>
    public HeldForReport? Held { get; init; }
}

public sealed record StatementList(string Report, int Count, IReadOnlyList<StatementView> Statements);

public sealed record StatementHistory(string Id, IReadOnlyList<StatementView> Revisions);
