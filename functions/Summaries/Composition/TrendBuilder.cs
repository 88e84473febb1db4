using Publishing.Reading.Model;
using Publishing.Statements;
using Publishing.Summaries.Context;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

/// <summary>
/// The previous inspection from the best evidence, in order: the report's own statement of it (its year and overall
/// grade where the sentence gives them), Ofsted's outcomes data, earlier reports held. The inspection the report names
/// (by year) is taken from the data or an earlier report; without a year, the latest earlier inspection counts as the
/// previous one only where the outcomes data cover the time up to this inspection. Where the report and a record
/// disagree on the overall grade, the report wins and the record's grade goes into <see cref="Trend.EvidenceNotes"/>.
/// A reorganised council's earlier inspections include its predecessor's, named as such.
/// </summary>
internal static class TrendBuilder
{
    public static Trend Build(InspectionReport report, DateOnly published, IReportHistory history, OutcomesData outcomes)
    {
        var quoted = report.PreviousInspection is { } p ? new SourcedText(p.Value, FactSource.ReportPage(p.Page)) : null;
        var stated = PreviousInspectionStatement.Read(report);
        var start = report.InspectionDates?.Value.Start ?? published;
        var key = report.Council.Key;
        var candidates = new[] { FromOutcomes(key, start, published, outcomes), FromHistory(key, start, published, history) }
            .OfType<PreviousInspection>()
            .OrderByDescending(c => c.Inspected)
            .ThenBy(c => c.Grades.Any(g => g.Source.Kind == "dataset"))
            .ToList();
        var notes = new List<string>();

        PreviousInspection? previous;
        bool established;
        if (stated?.Year is { } year)
        {
            previous = candidates.FirstOrDefault(c => c.Inspected.Year == year || c.Published.Year == year);
            established = true;
            if (previous is null && candidates.Count > 0)
                notes.Add($"The report names its previous inspection as in {year}; the latest earlier inspection on record is {Describe(candidates[0])}.");
        }
        else
        {
            previous = candidates.FirstOrDefault();
            // The data show every inspection from their first to their "as at" date: only a gap inside that span is covered.
            established = previous is not null && previous.Inspected >= outcomes.CoveredFrom && start <= outcomes.CoveredUntil;
            if (previous is not null && !established)
                notes.Add($"The latest earlier inspection on record is {Describe(previous)}; Ofsted's data {outcomes.Release.AsAtWords} cover inspections from {Prose.Date(outcomes.CoveredFrom)} to {Prose.Date(outcomes.CoveredUntil)} only, so an inspection in between may be missing.");
        }

        var changes = previous is not null && established ? Changes(report, previous) : [];
        var overall = Overall(report, stated, previous, established, changes, notes);
        if (overall is not null && changes.FindIndex(c => c.Key == JudgementKeys.OverallEffectiveness) is var i and >= 0 && changes[i].Previous != overall.Grade)
            changes[i] = changes[i] with { Previous = overall.Grade, PreviousWords = overall.GradeWords, Direction = overall.Direction, PreviousSource = overall.Source };

        var basis = previous is not null && established
            ? previous.Grades.Any(g => g.Source.Kind == "dataset") ? TrendBasis.OutcomesData : TrendBasis.ReportHistory
            : stated is not null ? TrendBasis.ReportStatement : TrendBasis.None;
        return new Trend(basis, previous, changes, quoted, CrossCheck(stated, previous), stated, established && (previous is not null || overall is not null), overall, notes);
    }

    /// <summary>The previous overall grade for the headline: the report's own words first, else the established record.</summary>
    private static PreviousOverall? Overall(InspectionReport report, StatedPreviousInspection? stated, PreviousInspection? previous, bool established,
        List<JudgementChange> changes, List<string> notes)
    {
        var now = report.OverallEffectiveness.Given ? report.OverallEffectiveness.Judgement : null;
        var recorded = established ? previous?.Find(JudgementKeys.OverallEffectiveness) : null;
        var year = stated?.Year ?? (established ? previous?.Inspected.Year : null);
        var predecessor = established ? previous?.Predecessor : null;
        if (stated?.Overall is { } said)
        {
            if (recorded is not null && recorded.Grade != said)
                notes.Add($"The report says its previous inspection found {said.ToOfstedWords()}; the record ({Describe(previous!)}) shows {recorded.GradeWords}. The report's words are used.");
            if (now is null) return null;
            return new PreviousOverall(said, said.ToOfstedWords(), year, predecessor, Direction(said, now.Grade), stated.Source);
        }
        if (recorded is null || now is null) return null;
        return new PreviousOverall(recorded.Grade, recorded.GradeWords, year, predecessor, Direction(recorded.Grade, now.Grade), recorded.Source);
    }

    private static string Describe(PreviousInspection inspection) =>
        $"{(inspection.Predecessor is { } p ? p + "'s " : "")}inspection of {Prose.Date(inspection.Inspected)} (published {Prose.Date(inspection.Published)})"
        + (inspection.Find(JudgementKeys.OverallEffectiveness) is { } o ? $", {o.GradeWords} overall" : "");

    private static PreviousInspection? FromHistory(string councilKey, DateOnly start, DateOnly published, IReportHistory history)
    {
        var keys = CouncilSuccessions.Of(councilKey).Select(s => s.PredecessorKey).Prepend(councilKey).Distinct();
        var earlier = keys.SelectMany(history.ForCouncil)
            .Where(r => r.PublicationDate!.Date < published && (r.InspectionDates?.Value.Start ?? r.PublicationDate!.Date) < start && r.DocumentType.IsFullInspection())
            .MaxBy(r => r.PublicationDate!.Date);
        if (earlier is null) return null;
        var id = ReportIds.For(earlier)!;
        var grades = earlier.Judgements
            .Select(j => new PreviousGrade(j.Key, JudgementNames.ShortName(j.Key), j.Grade, j.GradeWords, FactSource.EarlierReport(id, j.Page)))
            .ToList();
        var inspected = earlier.InspectionDates?.Value.Start ?? earlier.PublicationDate!.Date;
        return new PreviousInspection(inspected, earlier.PublicationDate!.Date, earlier.Framework.Describe(), grades,
            CouncilSuccessions.PredecessorFor(councilKey, earlier.Council.Key, inspected)?.PredecessorName);
    }

    private static PreviousInspection? FromOutcomes(string councilKey, DateOnly start, DateOnly published, OutcomesData outcomes)
    {
        var keys = CouncilSuccessions.Of(councilKey).Select(s => s.PredecessorKey).Prepend(outcomes.Regions.CanonicalKey(councilKey) ?? councilKey).ToHashSet();
        var row = outcomes.Inspections.Where(i => keys.Contains(i.CouncilKey) && i.Published < published && i.Inspected < start).MaxBy(i => i.Published);
        if (row is null) return null;
        var grades = row.Grades
            .Select(g => new PreviousGrade(g.Key, JudgementNames.ShortName(g.Key), g.Value, g.Value.ToOfstedWords(), row.Source))
            .ToList();
        return new PreviousInspection(row.Inspected, row.Published, $"ILACS ({row.InspectionType})", grades,
            CouncilSuccessions.PredecessorFor(councilKey, row.CouncilKey, row.Inspected)?.PredecessorName);
    }

    private static List<JudgementChange> Changes(InspectionReport report, PreviousInspection previous)
    {
        var changes = new List<JudgementChange>();
        foreach (var current in report.Judgements.Where(j => j.Key != JudgementKeys.Lscb))
        {
            var (before, note) = previous.Find(current.Key) is { } same
                ? (same, null)
                : current.Key is JudgementKeys.InCare or JudgementKeys.CareLeavers && previous.Find(JudgementKeys.InCareAndCareLeavers) is { } joint
                    ? (joint, "previously judged jointly as children in care and care leavers")
                    : ((PreviousGrade?)null, (string?)null);
            if (before is null) continue;
            changes.Add(new JudgementChange(current.Key, JudgementNames.ShortName(current.Key), before.Grade, before.GradeWords,
                current.Grade, current.GradeWords, Direction(before.Grade, current.Grade), note, before.Source, FactSource.ReportPage(current.Page)));
        }
        return changes;
    }

    private static ChangeDirection Direction(Grade before, Grade now) => (before.Rank(), now.Rank()) switch
    {
        ({ } b, { } n) when n < b => ChangeDirection.Up,
        ({ } b, { } n) when n > b => ChangeDirection.Down,
        ({ }, { }) => ChangeDirection.Same,
        _ => ChangeDirection.NotComparable,
    };

    /// <summary>Does the report's sentence name the same overall grade as the record? For the JSON's sources; a difference is never printed as fact.</summary>
    private static string? CrossCheck(StatedPreviousInspection? stated, PreviousInspection? previous)
    {
        if (stated is null || previous?.Find(JudgementKeys.OverallEffectiveness) is not { } overall) return null;
        if (stated.Overall is not { } said) return "The report's sentence about its previous inspection gives no overall grade.";
        return said == overall.Grade
            ? $"The report's sentence about its previous inspection agrees: {overall.GradeWords} overall."
            : $"The report's sentence names {said.ToOfstedWords()} overall, while the record shows {overall.GradeWords}; the report's words are used.";
    }
}
