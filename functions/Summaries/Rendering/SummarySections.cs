using Publishing.Reading.Model;
using Publishing.Summaries.Composition;
using Publishing.Summaries.Composition.Reactions;
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

    public const string ImprovementsLead = "Led by the points about the judgements that limited the grade:";

    public static string ImprovementAreaTitle(ImprovementArea area) => $"{Prose.Capitalise(area.ShortName)}, judged {area.GradeWords}";

    public static string AllImprovementsTitle(PressSummary s) => s.WhatNeedsToImprove.Count == 1 ? "The point in full" : $"All {Prose.Number(s.WhatNeedsToImprove.Count)} points, in the report's order";

    public static string Finding(SourcedText item) => $"{item.Text} ({Page(item.Source)})";

    public const string NoSectorStatements = "No statements from the sector have been received yet.";

    /// <summary>"Name, role, Body" (summaries stored before bylines were written get theirs now).</summary>
    public static string StatementByline(SummaryStatement st) =>
        st.Byline.Length > 0 ? st.Byline : BylineWriter.Write(st.Speaker, null, st.Role, st.Body);

    public static IEnumerable<StatementGroup> SectorGroups(PressSummary s) => s.SectorResponse.Where(g => g.Voice == ResponseVoice.Sector);

    /// <summary>The inspectorate's and the government's responses, each printed under its own heading after the sector's.</summary>
    public static IEnumerable<StatementGroup> OwnResponses(PressSummary s) => s.SectorResponse.Where(g => g.Voice != ResponseVoice.Sector && g.Statements.Count > 0);

    public static string? NoSectorResponse(PressSummary s) =>
        SectorGroups(s).Any(g => g.Statements.Count > 0) ? null : s.AllStatements.Any() ? NoSectorStatements : NoStatements;

    /// <summary>The statement's paragraphs as a newspaper quotes them: each opens with “, only the last closes with ”.</summary>
    public static IReadOnlyList<string> QuotedParagraphs(SummaryStatement st)
    {
        var paragraphs = st.Paragraphs.Count > 0 ? st.Paragraphs : StatementWords.Of(st.Text, st.KeyQuote).Paragraphs;
        return paragraphs.Select((p, i) => "“" + p + (i == paragraphs.Count - 1 ? "”" : "")).ToList();
    }

    /// <summary>A quoted paragraph cut around the statement's key quote, for forms that can emphasise it.</summary>
    public static (string Before, string? Key, string After) AroundKeyQuote(string paragraph, string? keyQuote)
    {
        var at = keyQuote is { Length: > 0 } ? paragraph.IndexOf(keyQuote, StringComparison.Ordinal) : -1;
        return at < 0 ? (paragraph, null, "") : (paragraph[..at], keyQuote, paragraph[(at + keyQuote!.Length)..]);
    }

    public static IEnumerable<string> NoteLines(PressSummary s)
    {
        var n = s.Notes;
        yield return $"Inspection dates: {n.InspectionDates}.";
        if (n.Published is { } published) yield return $"Published: {Prose.Date(published)}.";
        yield return $"Framework: {n.Framework} (era: {n.Era}).";
        if (n.LeadInspector is { } lead) yield return $"Lead inspector: {lead}.";
        yield return n.GradeMeanings;
        if (!s.StatementsGiven) yield break;
        yield return $"Reactions as received by {UkTime.Format(s.AsAt)}; any still under embargo or withdrawn by their authors are not shown.";
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
