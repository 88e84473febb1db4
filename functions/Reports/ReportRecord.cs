using Publishing.Reading.Model;

namespace Publishing.Reports;

/// <summary>
/// What the pipeline knows of one published report: the report as read, and the blob it came from. A report that is
/// re-published (same report id, different content) gets the next <see cref="Revision"/>.
/// </summary>
public sealed record ReportRecord
{
    public required string ReportId { get; init; }
    public required string BlobName { get; init; }
    /// <summary>SHA-256 of the PDF, hex.</summary>
    public required string ContentHash { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }
    public int Revision { get; init; } = 1;
    public required InspectionReport Report { get; init; }
    /// <summary>Where the PDF came from (its blob metadata); null for records written before sources were kept.</summary>
    public Provenance.ReportSource? Source { get; init; }
    /// <summary>Who approved this revision after it was held (<see cref="Approval.HeldDocument"/>), and when.</summary>
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
}
