using Publishing.Summaries.Model;

namespace Publishing.Summaries.Versioning;

/// <summary>
/// What changed between two versions of a summary. Pure: the pipeline that stores versions decides when to call it.
/// A statement missing from the new version counts as withdrawn (the summary holds only publishable statements).
/// </summary>
public static class SummaryChanges
{
    public static IReadOnlyList<SummaryChange> Between(PressSummary? previous, PressSummary next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (previous is null) return [new SummaryChange(SummaryChangeKind.FirstVersion, null, "First version.")];
        var changes = new List<SummaryChange>();
        if (previous.Published != next.Published || previous.ReportId != next.ReportId)
            changes.Add(new(SummaryChangeKind.ReportRepublished, next.ReportId, $"Report re-published (now {next.ReportId})."));

        var before = previous.Judgements.ToDictionary(j => j.Key, StringComparer.Ordinal);
        foreach (var j in next.Judgements)
        {
            if (before.TryGetValue(j.Key, out var old) && old.Grade != j.Grade)
                changes.Add(new(SummaryChangeKind.GradeChanged, j.Key, $"{j.Label}: {old.GradeWords} is now {j.GradeWords}."));
            else if (old is null)
                changes.Add(new(SummaryChangeKind.GradeChanged, j.Key, $"{j.Label}: {j.GradeWords} (new judgement)."));
        }
        foreach (var gone in previous.Judgements.Where(j => next.Judgements.All(n => n.Key != j.Key)))
            changes.Add(new(SummaryChangeKind.GradeChanged, gone.Key, $"{gone.Label} no longer appears."));

        var oldStatements = previous.AllStatements.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var newStatements = next.AllStatements.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var (id, st) in newStatements.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!oldStatements.TryGetValue(id, out var old))
                changes.Add(new(SummaryChangeKind.StatementAdded, id, $"Statement added from {st.Body}."));
            else if (old.Revision != st.Revision || old.Text != st.Text)
                changes.Add(new(SummaryChangeKind.StatementCorrected, id, $"Statement from {st.Body} corrected."));
        }
        foreach (var (id, old) in oldStatements.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => !newStatements.ContainsKey(p.Key)))
            changes.Add(new(SummaryChangeKind.StatementWithdrawn, id, $"Statement from {old.Body} withdrawn."));

        if (previous.Picture.Explanation != next.Picture.Explanation || previous.Trend.Basis != next.Trend.Basis)
            changes.Add(new(SummaryChangeKind.ContextUpdated, null, "National picture or previous-inspection data updated."));
        return changes;
    }

    /// <summary>The next version: numbered one above the previous, with a change note built from <see cref="Between"/>.</summary>
    public static PressSummary NextVersion(PressSummary? previous, PressSummary composed)
    {
        var changes = Between(previous, composed);
        return composed with
        {
            Version = previous is null ? 1 : previous.Version + 1,
            ChangeNote = changes.Count == 0 ? "No change." : string.Join(" ", changes.Select(c => c.Description)),
        };
    }
}
