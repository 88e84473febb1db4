using Publishing.Reading.Model;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

/// <summary>
/// The headline and standfirst. Every grade is stated as "name judged Grade" in Ofsted's words. The headline adds
/// the one fact that matters most: a change of overall grade, else a weaker judgement, else what limits the grade,
/// else a stronger judgement, else an unchanged grade.
/// </summary>
internal static class HeadlineWriter
{
    public static (string Headline, string Standfirst) Write(InspectionReport report, SummaryJudgement? overall,
        IReadOnlyList<SummaryJudgement> judgements, IReadOnlyList<SpreadItem> spread, Trend trend)
    {
        var council = report.Council.Name;
        var published = report.PublicationDate is { } p ? $" and published on {Prose.Date(p.Date)}" : "";
        var opening = report.InspectionDates is { } dates
            ? $"Ofsted's inspection of {council}'s children's services, carried out {dates.Value.Printed}{published},"
            : $"Ofsted's inspection of {council}'s children's services (inspection dates: {NotesWriter.InspectionDatesUnread}){published},";
        if (overall is null)
        {
            var subs = judgements.Where(j => j.Key != JudgementKeys.Lscb).ToList();
            if (subs.Count == 0) subs = [.. judgements]; // a stand-alone LSCB review judges the board alone
            var worst = Worst(subs);
            var profile = worst.Count == subs.Count && subs.Count > 1
                ? $"every judgement {worst[0].GradeWords}"
                : Prose.JudgedEach(worst.Select(j => j.ShortName), worst[0].Grade);
            var headline = $"{council} {JudgementNames.ChildrensServices}: no overall grade; {profile}";
            var why = report.Framework == Framework.LscbReview ? "as it reviews the Local Safeguarding Children Board alone" : "as its format grades only the separate judgements";
            var standfirst = $"{opening} gives no overall effectiveness grade, {why}. "
                + Prose.Capitalise(string.Join("; ", subs.Select(j => Prose.Judged(j.ShortName, j.Grade)))) + "." + TrendSentence(trend);
            return (headline, standfirst);
        }

        var fact = KeyFact(overall, judgements, spread, trend);
        var head = $"{council} {Prose.Judged(JudgementNames.ChildrensServices, overall.Grade)} overall" + (fact.Length > 0 ? $", {fact}" : "");
        var stronger = spread.Where(s => s.Direction == SpreadDirection.Stronger).ToList();
        var weaker = spread.Where(s => s.Direction == SpreadDirection.Weaker).ToList();
        var stand = $"{opening} gave {JudgementNames.ChildrensServices} an overall grade of {overall.GradeWords}.";
        if (weaker.Count > 0) stand += $" Below that grade: {SpreadList(weaker)}.";
        if (stronger.Count > 0) stand += $" Above it: {SpreadList(stronger)}.";
        if (spread.Count == 0 && judgements.Count > 1) stand += " Every judgement matches the overall grade.";
        return (head, stand + TrendSentence(trend));
    }

    private static string KeyFact(SummaryJudgement overall, IReadOnlyList<SummaryJudgement> judgements, IReadOnlyList<SpreadItem> spread, Trend trend)
    {
        var before = trend.Overall;
        if (before?.Direction == ChangeDirection.Up) return $"up from {before.GradeWords} {When(before)}";
        if (before?.Direction == ChangeDirection.Down) return $"down from {before.GradeWords} {When(before)}";
        var weaker = spread.Where(s => s.Direction == SpreadDirection.Weaker).ToList();
        if (weaker.Count > 0)
        {
            var worstRank = weaker.Max(w => w.Grade.Rank());
            var worst = weaker.Where(w => w.Grade.Rank() == worstRank).ToList();
            return $"with {Prose.JudgedEach(worst.Select(w => w.ShortName), worst[0].Grade)}";
        }
        var stronger = spread.Where(s => s.Direction == SpreadDirection.Stronger).ToList();
        if (stronger.Count > 0 && overall.Grade is Grade.Inadequate or Grade.RequiresImprovementToBeGood)
        {
            var limiting = judgements.Where(j => j.Key is not JudgementKeys.OverallEffectiveness and not JudgementKeys.Lscb && j.Grade == overall.Grade).ToList();
            if (limiting.Count > 0) return $"limited by {Prose.JudgedEach(limiting.Select(j => j.ShortName), overall.Grade)}";
        }
        if (stronger.Count > 0)
        {
            var bestRank = stronger.Min(s => s.Grade.Rank());
            var best = stronger.Where(s => s.Grade.Rank() == bestRank).ToList();
            return $"with {Prose.JudgedEach(best.Select(s => s.ShortName), best[0].Grade)}";
        }
        return before?.Direction == ChangeDirection.Same ? $"unchanged since {Since(before)}" : "";
    }

    // "in 2022"; "at the last inspection of Northamptonshire, the predecessor council, in 2019"; "at the last inspection".
    private static string When(PreviousOverall before) =>
        before.Predecessor is { } p ? $"at the last inspection of {p}, the predecessor council{Year(before, ", in ")}"
        : before.Year is not null ? Year(before, "in ")
        : "at the last inspection";

    private static string Since(PreviousOverall before) =>
        before.Predecessor is { } p ? $"the last inspection of {p}, the predecessor council{Year(before, ", in ")}"
        : before.Year is not null ? Year(before, "")
        : "the last inspection";

    private static string Year(PreviousOverall before, string prefix) =>
        before.Year is { } y ? prefix + y.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";

    private static List<SummaryJudgement> Worst(List<SummaryJudgement> judgements)
    {
        var ranked = judgements.Where(j => j.Grade.Rank() is not null).ToList();
        if (ranked.Count == 0) return judgements.Take(1).ToList();
        var worstRank = ranked.Max(j => j.Grade.Rank());
        return ranked.Where(j => j.Grade.Rank() == worstRank).ToList();
    }

    private static string SpreadList(IReadOnlyList<SpreadItem> items) =>
        string.Join("; ", items.Select(i => Prose.Judged(i.ShortName, i.Grade)));

    private static string TrendSentence(Trend trend)
    {
        if (!trend.Established) return "";
        var year = trend.Stated?.Year ?? trend.Previous?.Inspected.Year;
        var at = trend.Previous?.Predecessor is { } p ? $"the last inspection of {p}, the predecessor council" : "the previous inspection";
        var when = year is { } y ? $", in {y.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : "";
        var words = trend.Overall?.GradeWords ?? trend.Stated?.OverallWords ?? trend.Previous?.Find(JudgementKeys.OverallEffectiveness)?.GradeWords;
        if (words is not null) return $" At {at}{when}, the overall grade was {words}.";
        return year is null ? "" : $" {Prose.Capitalise(at)} was in {year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.";
    }
}
