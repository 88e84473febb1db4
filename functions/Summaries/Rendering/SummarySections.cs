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
        var data = s.Picture.ReleaseName is { } release ? $"Ofsted's official statistics ({release})" : "Ofsted's official statistics";
        if (trend.Established && trend.Previous is { } previous)
        {
            var from = trend.Basis == TrendBasis.ReportHistory ? "Ofsted's earlier report" : data;
            var of = previous.Predecessor is { } p ? $" (of {p}, the predecessor council)" : "";
            yield return $"Previous inspection{of}: {Prose.Year(previous.Inspected)}, published {Prose.Date(previous.Published)}, {previous.Framework}; from {from}.";
            foreach (var c in trend.Changes)
            {
                var said = c.PreviousSource.Kind == "report" ? ", as the report states it" : "";
                yield return $"{Prose.Capitalise(c.ShortName)}: {c.PreviousWords} in {Prose.Year(previous.Inspected)}{said}, now {c.CurrentWords} ({Direction(c.Direction)}{(c.Note is null ? "" : "; " + c.Note)}).";
            }
            if (trend.Changes.Count == 0) yield return "No judgement of this report was graded at the previous inspection under the same name.";
        }
        if (!(trend.Established && trend.Previous is not null) && trend.Overall is { } before)
        {
            var year = before.Year is { } y ? $" in {y.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : " at the last inspection";
            yield return $"Overall effectiveness: {before.GradeWords}{year}, as the report states it, now {s.Overall?.GradeWords} ({Direction(before.Direction)}).";
        }
        if (!trend.Established && trend.Previous is { } latest)
        {
            var overall = latest.Find(Reading.Model.JudgementKeys.OverallEffectiveness) is { } o ? $", {o.GradeWords} overall" : "";
            var from = trend.Basis == TrendBasis.ReportHistory || latest.Grades.All(g => g.Source.Kind != "dataset") ? "Ofsted's earlier reports held here" : data;
            yield return $"The latest earlier inspection in {from} was in {Prose.Year(latest.Inspected)} (published {Prose.Date(latest.Published)}){overall}. "
                + "Those figures do not cover all the time between that inspection and this one, so no change is stated from them: an inspection in between would not be in them.";
        }
        if (trend.Previous is null && trend.Overall is null && trend.Stated?.Year is { } namedYear)
            yield return $"The report names its previous inspection as in {namedYear.ToString(System.Globalization.CultureInfo.InvariantCulture)}; that inspection's grades are not in {data} or among Ofsted's earlier reports held here.";
        else if (trend.Previous is null && trend.Overall is null && trend.StatedInReport is null)
        {
            yield return s.Picture.ReleaseName is { } named
                ? $"No earlier inspection of {s.Council} is in Ofsted's official statistics up to {named[6..]} or among Ofsted's earlier reports held here."
                : $"No earlier inspection of {s.Council} is known.";
        }
        if (trend.StatedInReport is not null && !(trend.Established && (trend.Previous is not null || trend.Overall is not null)))
            yield return "The report's own account of its previous inspection is quoted below.";
    }

    private static string Direction(ChangeDirection direction) => direction switch
    {
        ChangeDirection.Up => "up",
        ChangeDirection.Down => "down",
        ChangeDirection.Same => "unchanged",
        _ => "not comparable",
    };

    public static IEnumerable<string> PictureLines(PressSummary s)
    {
        var picture = s.Picture;
        yield return picture.Explanation;
        if (picture.Status != PictureStatus.Available) yield break;
        if (picture.CouncilsNotCovered is { } notCovered)
        {
            yield return $"As at {Prose.Date(picture.AsAt)}, of the {Prose.Councils(picture.CouncilsCounted)} counted (not a national total: {Prose.Councils(notCovered)} had no ILACS grade by then): {Counts(picture.National)}.";
            if (picture.Region is { } partial)
                yield return $"In {partial}, of the {Prose.Councils(picture.RegionCouncilsCounted)} counted there: {Counts(picture.Regional)}.";
        }
        else
        {
            yield return $"{CountedAt(picture)}, of {Prose.Councils(picture.CouncilsCounted)} nationally: {Counts(picture.National)}.";
            if (picture.Region is { } region)
                yield return $"In {region}, of {Prose.Councils(picture.RegionCouncilsCounted)}: {Counts(picture.Regional)}.";
        }
        if (picture.Placement is { } placement) yield return placement;
        if (picture.Attribution is { } attribution) yield return $"Source: {attribution}";
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
        if (n.Document is { } d)
            yield return $"Source document: {DocumentOrigin(d)}{(d.Revision > 1 ? $", revision {Prose.Number(d.Revision)} of this report" : "")}{(d.ApprovedBy is { } by ? $", approved by {by}" : "")} (SHA-256 {d.Sha256}).";
        if (!s.StatementsGiven) yield break;
        yield return $"Reactions as received by {UkTime.Format(s.AsAt)}; any still under embargo or withdrawn by their authors are not shown.";
    }

    // Said in plain words: the provenance labels (drop-folder, unlabelled) are the pipeline's, not a reader's.
    private static string DocumentOrigin(DocumentSource d) => (d.OfstedUrl, d.Source) switch
    {
        ({ } url, _) => $"the PDF as Ofsted published it ({url})",
        (null, "ofsted") => "the PDF as Ofsted published it",
        _ => "a copy of the PDF given to the pipeline, not fetched from Ofsted",
    };

    // Counts from statistics that end before the report are dated by the statistics, not by the report.
    private static string CountedAt(NationalPicture picture) => picture.GradesKnownTo is { } known
        ? $"With the grades published up to {Prose.Date(known)}{(picture.CouncilGrade is null ? "" : " and this report's")}"
        : $"As at {Prose.Date(picture.AsAt)}";

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
