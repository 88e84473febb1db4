using Publishing.Reading.Model;

namespace Publishing.Reports.Provenance;

/// <summary>
/// Decides whether a newly read report may go out on its own or must wait for a person (<see cref="Approval.ApprovalDecisions"/>): held
/// when its incremental updates change page content, when its blob name disagrees with its text, when its council or
/// publication date rests on the blob name alone and the source is not trusted, or when it changes the grades of the
/// report already published under its id (any of its fields, from a source not trusted). Each reason says what was found.
/// </summary>
public static class ProvenanceCheck
{
    public static ProvenanceFindings Examine(string blobName, ReadOnlyMemory<byte> content, InspectionReport report, ReportRecord? published, ReportSource source)
    {
        var reasons = new List<string>();
        var updates = IncrementalUpdates.Check(content);
        if (updates.ChangesPageContent)
            reasons.Add($"an incremental update changes page content: {string.Join(", ", updates.ContentChanges.Take(8))}{(updates.ContentChanges.Count > 8 ? $" and {updates.ContentChanges.Count - 8} more" : "")}");
        reasons.AddRange(NameAgreement.Disagreements(blobName, report));
        if (!source.Trusted)
        {
            if (!CouncilReadFromText(report))
                reasons.Add($"the council was not read from the report's text, and the source '{source.Label}' is not trusted");
            if (report.PublicationDate is { Source: PublicationDateSource.FileName } && report.StatedPublicationDate is null)
                reasons.Add($"the publication date comes from the blob's name only (the report does not print one), and the source '{source.Label}' is not trusted");
        }
        var changes = published is null ? [] : ReadingDiff.Between(published.Report, report);
        var grades = changes.Where(c => c.IsGrade).ToList();
        if (grades.Count > 0)
            reasons.Add($"it changes the grades of {published!.ReportId} revision {published.Revision}, already published: {string.Join("; ", grades)}");
        else if (changes.Count > 0 && !source.Trusted)
            reasons.Add($"it changes {published!.ReportId} revision {published.Revision}, already published ({string.Join("; ", changes)}), and the source '{source.Label}' is not trusted");
        return new ProvenanceFindings(reasons, changes, updates.Updates);
    }

    /// <summary>The reader reads the council from the title block and names its page; a council it could only take from
    /// elsewhere (the blob name) has none.</summary>
    private static bool CouncilReadFromText(InspectionReport report) => report.Council.Page >= 1 && report.Council.Name.Length > 0;
}

/// <summary>Why a document is held (none: it may go out), what it changes against the published revision, and how many incremental updates it has.</summary>
public sealed record ProvenanceFindings(IReadOnlyList<string> HoldReasons, IReadOnlyList<FieldChange> Changes, int IncrementalUpdates)
{
    public bool MustHold => HoldReasons.Count > 0;
}
