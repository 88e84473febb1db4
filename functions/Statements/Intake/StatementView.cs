namespace Publishing.Statements.Intake;

/// <summary>How a statement is shown over HTTP: everything stored, with its public URL.</summary>
public sealed record StatementView(
    string Id, string Url, string Report, string Text, string Speaker, string? Role, SubmittingBody Body,
    DateTimeOffset ReceivedAt, DateTimeOffset? EmbargoUntil, Uri? SourceUrl, int Revision, bool Withdrawn,
    Classification.StatementClassification? Classification)
{
    public static StatementView Of(StatementRecord s) => new(
        s.Id, $"/api/statements/{s.Id}", s.ReportId, s.Text, s.SpeakerName, s.SpeakerRole, s.Body,
        s.ReceivedAt, s.EmbargoUntil, s.SourceUrl, s.Revision, s.Withdrawn, s.Classification);
}
