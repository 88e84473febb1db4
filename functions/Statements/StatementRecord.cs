using Publishing.Statements.Classification;

namespace Publishing.Statements;

/// <summary>
/// One stored revision of a sector body's statement about a report: what the intake keeps and what summaries,
/// feeds and pushes read. <see cref="ReportId"/> is <see cref="ReportIds.For"/> of the report (council key and
/// publication date), so a statement can name its report before the report has landed.
/// <see cref="Body"/> always comes from the submitter's API key, never from the payload.
/// </summary>
public sealed record StatementRecord
{
    public required string Id { get; init; }
    public required string ReportId { get; init; }
    public required string Text { get; init; }
    public required string SpeakerName { get; init; }
    public string? SpeakerRole { get; init; }
    public required SubmittingBody Body { get; init; }
    public required DateTimeOffset ReceivedAt { get; init; }
    /// <summary>Not to be published before this instant (UTC).</summary>
    public DateTimeOffset? EmbargoUntil { get; init; }
    public Uri? SourceUrl { get; init; }
    /// <summary>1 for the original submission; each correction or withdrawal adds one.</summary>
    public int Revision { get; init; } = 1;
    public bool Withdrawn { get; init; }
    public StatementClassification? Classification { get; init; }

    public bool IsPublishableAt(DateTimeOffset now) => !Withdrawn && (EmbargoUntil is null || EmbargoUntil <= now);
}

/// <summary>The organisation an API key speaks for. <see cref="Kind"/> is a taxonomy speaker kind such as "union".</summary>
public sealed record SubmittingBody(string Name, string Kind);
