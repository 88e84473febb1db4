using Publishing.Reading.Model;
using Publishing.Summaries.Composition;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Rendering;

/// <summary>The sentences every human-readable form prints, so Markdown, HTML and text say the same thing.</summary>
internal static class SummarySections
{
    public const string NoStatements = "No statements have been received yet.";

    public static string Page(FactSource source) => source.Page is { } p ? $"page {Prose.Number(p)}" : "";

    public static IEnumerable<string> SpreadLines(PressSummary s)
    {
        if (s.Overall is null)
        {
            yield return "No overall grade is given, so no judgement can be set against one.";
            yield break;
        }
        if (s.Spread.Count == 0)
        {
            yield return s.Overall.Grade.Rank() is null
                ? $"The overall grade ({s.Overall.GradeWords}) is not on the four-point scale; judgements are not set against it."
                : $"Every judgement matches the overall grade of {s.Overall.GradeWords}.";
            yield break;
        }
        foreach (var item in s.Spread)
        {
            var side = item.Direction == SpreadDirection.Stronger ? "stronger than" : "weaker than";
            yield return $"{Prose.Capitalise(Prose.Judged(item.ShortName, item.Grade))}: {side} the overall grade ({Page(item.Source)}).";
        }
    }

    public static IEnumerable<string> TrendLines(PressSummary s)
    {
        var trend = s.Trend;
        if (trend.Previous is { } previous)
        {
            var from = trend.Basis == TrendBasis.ReportHistory ? "an earlier report the pipeline has read" : $"Ofsted's outcomes data ({SourceText(previous.Grades[0].Source)})";
            yield return $"Previous inspection: {Prose.Year(previous.Inspected)}, published {Prose.Date(previous.Published)}, {previous.Framework}; from {from}.";
            foreach (var c in trend.Changes)
            {
                var direction = c.Direction switch
                {
                    ChangeDirection.Up => "up",
                    ChangeDirection.Down => "down",
                    ChangeDirection.Same => "unchanged",
                    _ => "not comparable",
                };
                yield return $"{Prose.Capitalise(c.ShortName)}: {c.PreviousWords} in {Prose.Year(previous.Inspected)}, now {c.CurrentWords} ({direction}{(c.Note is null ? "" : "; " + c.Note)}).";
            }
            if (trend.Changes.Count == 0) yield return "No judgement of this report was graded at the previous inspection under the same name.";
        }
        else
        {
            yield return trend.Basis == TrendBasis.ReportStatement
                ? "No earlier report or outcomes record is available; the report's own account of its previous inspection is quoted below."
                : "No previous inspection is known: no earlier report has been read and no outcomes data covers this council before this report.";
        }
        if (trend.CrossCheck is { } check) yield return check;
    }

    public static IEnumerable<string> PictureLines(PressSummary s)
    {
        var picture = s.Picture;
        yield return picture.Explanation;
        if (picture.Status != PictureStatus.Available) yield break;
        yield return $"As at {Prose.Date(picture.AsAt)}, of {Prose.Councils(picture.CouncilsCounted)} nationally: {Counts(picture.National)}.";
        if (picture.Region is { } region)
            yield return $"In {region}, of {Prose.Councils(picture.RegionCouncilsCounted)}: {Counts(picture.Regional)}.";
        if (picture.Placement is { } placement) yield return placement;
    }

    public static string StatementByline(SummaryStatement st) =>
        st.Role is { Length: > 0 } role ? $"{st.Speaker}, {role}, {st.Body}" : $"{st.Speaker}, {st.Body}";

    public static IEnumerable<string> NoteLines(PressSummary s)
    {
        var n = s.Notes;
        yield return $"Inspection dates: {n.InspectionDates}.";
        if (n.Published is { } published) yield return $"Published: {Prose.Date(published)}.";
        yield return $"Framework: {n.Framework} (era: {n.Era}).";
        if (n.LeadInspector is { } lead) yield return $"Lead inspector: {lead}.";
        yield return n.GradeMeanings;
        if (n.Document is { } d)
            yield return $"Source document: revision {Prose.Number(d.Revision)}, SHA-256 {d.Sha256}, from {(d.OfstedUrl is { } url ? $"Ofsted ({url})" : d.Source)}{(d.ApprovedBy is { } by ? $", approved by {by}" : "")}.";
        if (!s.StatementsGiven) yield break;
        yield return $"Statements as at {s.AsAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)}; embargoed and withdrawn statements are not shown.";
    }

    public static string SourceText(FactSource source) => source.Kind switch
    {
        "dataset" => $"{source.File} row {Prose.Number(source.Row ?? 0)}",
        "statement" => $"statement {source.StatementId}",
        "pipeline-report" => $"report {source.ReportId} page {Prose.Number(source.Page ?? 0)}",
        _ => Page(source),
    };

    private static string Counts(IReadOnlyList<GradeCount> counts) =>
        string.Join(", ", counts.Select(c => $"{Prose.Number(c.Councils)} {c.GradeWords}"));
}
