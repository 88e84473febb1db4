using Publishing.Reading.Model;
using Publishing.Statements;
using Publishing.Summaries.Context;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

/// <summary>
/// The previous inspection: the latest earlier report the pipeline has read, else the latest earlier inspection in
/// Ofsted's outcomes data; the report's own sentence about its previous inspection is kept and cross-checked.
/// </summary>
internal static class TrendBuilder
{
    public static Trend Build(InspectionReport report, DateOnly published, IReportHistory history, OutcomesData? outcomes)
    {
        var stated = report.PreviousInspection is { } p ? new SourcedText(p.Value, FactSource.ReportPage(p.Page)) : null;
        var previous = FromHistory(report, published, history) ?? FromOutcomes(report.Council.Key, published, outcomes);
        var basis = previous is null
            ? stated is null ? TrendBasis.None : TrendBasis.ReportStatement
            : previous.Grades.Any(g => g.Source.Kind == "dataset") ? TrendBasis.OutcomesData : TrendBasis.ReportHistory;
        var changes = previous is null ? [] : Changes(report, previous);
        return new Trend(basis, previous, changes, stated, CrossCheck(stated, previous));
    }

    private static PreviousInspection? FromHistory(InspectionReport report, DateOnly published, IReportHistory history)
    {
        var earlier = history.ForCouncil(report.Council.Key)
            .Where(r => r.PublicationDate!.Date < published && r.DocumentType.IsFullInspection())
            .MaxBy(r => r.PublicationDate!.Date);
        if (earlier is null) return null;
        var id = ReportIds.For(earlier)!;
        var grades = earlier.Judgements
            .Select(j => new PreviousGrade(j.Key, JudgementNames.ShortName(j.Key), j.Grade, j.GradeWords, FactSource.EarlierReport(id, j.Page)))
            .ToList();
        return new PreviousInspection(earlier.InspectionDates.Value.Start, earlier.PublicationDate!.Date, earlier.Framework.Describe(), grades);
    }

    private static PreviousInspection? FromOutcomes(string councilKey, DateOnly published, OutcomesData? outcomes)
    {
        var row = outcomes?.Inspections.Where(i => i.CouncilKey == councilKey && i.Published < published).MaxBy(i => i.Published);
        if (row is null) return null;
        var source = row.Source;
        var grades = row.Grades
            .Select(g => new PreviousGrade(g.Key, JudgementNames.ShortName(g.Key), g.Value, g.Value.ToOfstedWords(), source))
            .ToList();
        return new PreviousInspection(row.Inspected, row.Published, $"ILACS ({row.InspectionType})", grades);
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

    /// <summary>Does the report's sentence name the same overall grade as the record? Sentences often speak of one service, so a difference is reported, not resolved.</summary>
    private static string? CrossCheck(SourcedText? stated, PreviousInspection? previous)
    {
        if (stated is null || previous?.Find(JudgementKeys.OverallEffectiveness) is not { } overall) return null;
        var named = GradeMentions.In(stated.Text);
        if (named.Count == 0) return "The report's sentence about its previous inspection names no grade.";
        return named.Contains(overall.Grade)
            ? $"The report's sentence about its previous inspection agrees: {overall.GradeWords} overall."
            : $"The report's sentence names {string.Join(", ", named.Select(g => g.ToOfstedWords()))}, while the record shows {overall.GradeWords} overall; the sentence may refer to one service.";
    }
}
