using Publishing.Reading.Model;
using Publishing.Statements;
using Publishing.Summaries.Context;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

/// <summary>
/// Each current council's latest overall grade as at the report's publication date, rebuilt from Ofsted's ILACS
/// history plus the reports the pipeline has read, with this report standing for its own council. Councils that no
/// longer exist are left out (the data gives no abolition dates), and the counts say how many councils they cover.
/// </summary>
internal static class NationalPictureBuilder
{
    private static readonly Grade[] Scale = [Grade.Outstanding, Grade.Good, Grade.RequiresImprovementToBeGood, Grade.Inadequate];

    private sealed record Latest(DateOnly Published, Grade Grade, FactSource Source);

    public static NationalPicture Build(InspectionReport report, DateOnly asAt, IReportHistory history, OutcomesData outcomes)
    {
        var release = outcomes.Release;
        var key = outcomes.Regions.CanonicalKey(report.Council.Key) ?? report.Council.Key;
        // The council's region is known whether or not there are counts to give (feeds slice by it).
        if (asAt < outcomes.FirstPublished)
            return NationalPicture.Unavailable(PictureStatus.BeforeData, asAt,
                $"No national count is given for {Prose.Date(asAt)}: Ofsted's official statistics on these inspections ({release.Title}) begin with reports published on {Prose.Date(outcomes.FirstPublished)}.")
                with { ReleaseName = release.AsAtWords, Attribution = release.Attribution, Region = outcomes.Regions.RegionOf(key) };

        var latest = LatestGrades(asAt, history, outcomes);
        var known = outcomes.Regions.Contains(key);
        var own = report.OverallEffectiveness.Judgement is { } o && o.Grade.Rank() is not null ? o : null;
        if (known)
        {
            latest.Remove(key);
            if (own is not null) latest[key] = new Latest(asAt, own.Grade, FactSource.ReportPage(own.Page));
        }

        var region = outcomes.Regions.RegionOf(key);
        // The statistics hold ILACS inspections only: until every current council had one, the others' latest grades
        // (from earlier frameworks) are missing, and the counts are not national totals. A council made by reorganisation
        // since 2019 (after the last SIF inspection) had no grade before its first ILACS one, so none is missing for it.
        var notCovered = outcomes.Regions.All.Count(c => c.StillExists && c.Key != key && !latest.ContainsKey(c.Key)
            && !CouncilSuccessions.Of(c.Key).Any(s => s.PredecessorKey != c.Key));
        var regional = region is null ? [] : latest.Where(l => outcomes.Regions.RegionOf(l.Key) == region).ToList();
        var laterReports = latest.Values.Count(l => l.Source.Kind == "pipeline-report");
        var explanation = (notCovered == 0
                ? $"Counts cover the {Prose.Councils(latest.Count)} in Ofsted's current list with an overall grade published by {Prose.Date(asAt)}, "
                : $"Counts cover only the {Prose.Councils(latest.Count)} in Ofsted's current list with an overall grade under the current framework (ILACS) published by {Prose.Date(asAt)}, ")
            + $"from Ofsted's official statistics, {release.Title} (published {Prose.Date(release.Published)})"
            + (laterReports > 0 ? $", and {Prose.Number(laterReports)} later {(laterReports == 1 ? "report" : "reports")} by Ofsted" : "")
            + ". Councils that no longer exist are not counted."
            + (notCovered > 0
                ? $" Those statistics hold ILACS inspections only: the other {Prose.Councils(notCovered)} had no ILACS grade by then (any grade they held came from an earlier inspection framework) and are not counted, so these are not national totals."
                : "")
            + (asAt > outcomes.LastPublished && laterReports == 0 ? $" Grades published after {Prose.Date(outcomes.LastPublished)} are not in those statistics." : "");

        return new NationalPicture(
            PictureStatus.Available,
            explanation,
            asAt,
            latest.Count,
            Count(latest.Values),
            region,
            regional.Count,
            Count(regional.Select(r => r.Value)),
            known ? own?.Grade : null,
            Placement(report, known, own, latest, regional.Count, region),
            latest.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value.Source).ToList(),
            release.AsAtWords,
            release.Attribution,
            notCovered > 0 ? notCovered : null)
        {
            GradesKnownTo = asAt > outcomes.LastPublished && laterReports == 0 ? outcomes.LastPublished : null,
        };
    }

    private static Dictionary<string, Latest> LatestGrades(DateOnly asAt, IReportHistory history, OutcomesData outcomes)
    {
        var latest = new Dictionary<string, Latest>(StringComparer.Ordinal);
        void Offer(string council, DateOnly published, Grade grade, FactSource source)
        {
            if (outcomes.Regions.Find(council) is not { StillExists: true } known || grade.Rank() is null) return;
            council = known.Key;
            if (!latest.TryGetValue(council, out var held) || held.Published <= published) latest[council] = new Latest(published, grade, source);
        }
        foreach (var row in outcomes.Inspections.Where(i => i.CouncilStillExists && i.Published <= asAt))
        {
            if (row.Grades.TryGetValue(JudgementKeys.OverallEffectiveness, out var grade)) Offer(row.CouncilKey, row.Published, grade, row.Source);
        }
        foreach (var earlier in history.All.Where(r => r.PublicationDate!.Date <= asAt && r.PublicationDate.Date > outcomes.LastPublished))
        {
            if (earlier.OverallEffectiveness.Judgement is { } j)
                Offer(earlier.Council.Key, earlier.PublicationDate!.Date, j.Grade, FactSource.EarlierReport(ReportIds.For(earlier)!, j.Page));
        }
        return latest;
    }

    private static IReadOnlyList<GradeCount> Count(IEnumerable<Latest> grades)
    {
        var list = grades.ToList();
        return Scale.Select(g => new GradeCount(g, g.ToOfstedWords(), list.Count(l => l.Grade == g))).ToList();
    }

    private static string Placement(InspectionReport report, bool known, Judgement? own, Dictionary<string, Latest> latest, int regionalCount, string? region)
    {
        var council = report.Council.Name;
        if (!known) return $"{council} is not among the councils in Ofsted's statistics, so it is not placed in these counts.";
        if (!report.OverallEffectiveness.Given) return $"This report gives no overall grade, so {council} is not counted.";
        if (own is null) return $"{council}'s overall grade is not on the four-point scale, so it is not counted.";
        var same = latest.Values.Count(l => l.Grade == own.Grade);
        return $"{council} is one of {Prose.Councils(same)} with an overall grade of {own.GradeWords} (of {Prose.Number(latest.Count)} counted)"
            + (region is null ? "." : $"; {Prose.Number(regionalCount)} councils are counted in {region}.");
    }
}
