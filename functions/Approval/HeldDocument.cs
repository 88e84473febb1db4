using Publishing.Reading.Model;
using Publishing.Reports.Provenance;

namespace Publishing.Approval;

/// <summary>
/// A report document that was read but not published, waiting for a person to approve or reject it: why it was held,
/// what it would change in the published report, where it came from and its hash. Approving records it as the
/// report's next revision and composes its summary; rejecting leaves the published report as it was.
/// </summary>
public sealed record HeldDocument
{
    public required string Id { get; init; }
    public required string ReportId { get; init; }
    public required string BlobName { get; init; }
    /// <summary>SHA-256 of the PDF, hex.</summary>
    public required string ContentHash { get; init; }
    public required ReportSource Source { get; init; }
    public required DateTimeOffset HeldAt { get; init; }
    public required IReadOnlyList<string> Reasons { get; init; }
    /// <summary>What it changes against <see cref="PublishedRevision"/> (grades first); empty for a first publication.</summary>
    public required IReadOnlyList<FieldChange> Changes { get; init; }
    public int? PublishedRevision { get; init; }
    public required InspectionReport Report { get; init; }
    public HeldStatus Status { get; init; } = HeldStatus.Held;
    public string? DecidedBy { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public string? DecisionNote { get; init; }

    /// <summary>One id per (report, content): the same document arriving twice is held once.</summary>
    public static string IdFor(string reportId, string contentHash) => $"{reportId}-{contentHash[..16]}";
}

public enum HeldStatus
{
    Held,
    Approved,
    Rejected,
}
