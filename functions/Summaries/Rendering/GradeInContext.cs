using Publishing.Reading.Model;
using Publishing.Summaries.Composition;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Rendering;

/// <summary>
/// The block a press page opens with: the overall grade in Ofsted's words (or plainly that the report gives none),
/// each judgement's grade, what limited the grade, and the change since the previous inspection. Every sentence is
/// built from the summary's own facts; nothing is inferred.
/// </summary>
internal static class GradeInContext
{
    /// <param name="Limited">What limited the grade (or, with a Good or better grade, what is below it), with its label.</param>
    public sealed record Block(SummaryJudgement? Overall, string OverallStatement, IReadOnlyList<SummaryJudgement> Judgements, (string Label, string Text)? Limited, string Trend);

    public static Block Of(PressSummary s)
    {
        var subs = s.Judgements.Where(j => j.Key is not JudgementKeys.OverallEffectiveness).ToList();
        var statement = s.Overall is { } overall
            ? $"Ofsted judged the overall effectiveness of {s.Council}'s children's services {overall.GradeWords}."
            : "This report gives no overall effectiveness grade: its format grades each judgement separately.";
        return new Block(s.Overall, statement, subs, Limited(s, subs), Trend(s));
    }

    public static string CssClass(Grade grade) => grade switch
    {
        Grade.Outstanding => "grade-outstanding",
        Grade.Good => "grade-good",
        Grade.RequiresImprovementToBeGood => "grade-ri",
        Grade.Inadequate => "grade-inadequate",
        _ => "grade-other",
    };

    private static (string Label, string Text)? Limited(PressSummary s, List<SummaryJudgement> subs)
    {
        var ranked = subs.Where(j => j.Key != JudgementKeys.Lscb && j.Grade.Rank() is not null).ToList();
        if (ranked.Count == 0) return null;
        if (s.Overall?.Grade.Rank() is not { } overallRank)
        {
            var worstRank = ranked.Max(j => j.Grade.Rank());
            var worst = ranked.Where(j => j.Grade.Rank() == worstRank).ToList();
            return ("Weakest judgement", Prose.Capitalise($"{Prose.JudgedEach(worst.Select(j => j.ShortName), worst[0].Grade)}."));
        }
        if (overallRank >= 3)
        {
            var limiting = ranked.Where(j => j.Grade.Rank() >= overallRank).OrderByDescending(j => j.Grade.Rank()).ToList();
            return limiting.Count == 0 ? null : ("What limited the grade", Prose.Capitalise($"{Prose.List(limiting.Select(j => Prose.Judged(j.ShortName, j.Grade)).ToList())}."));
        }
        var weaker = ranked.Where(j => j.Grade.Rank() > overallRank).ToList();
        return ("Below the overall grade", weaker.Count == 0
            ? "No judgement."
            : Prose.Capitalise($"{Prose.List(weaker.Select(j => Prose.Judged(j.ShortName, j.Grade)).ToList())}."));
    }

    private static string Trend(PressSummary s)
    {
        if (s.Trend.Previous is not { } previous) return SummarySections.TrendLines(s).First();
        var year = Prose.Year(previous.Inspected);
        var change = s.Trend.Changes.FirstOrDefault(c => c.Key == JudgementKeys.OverallEffectiveness);
        return change?.Direction switch
        {
            ChangeDirection.Up => $"Up from {change.PreviousWords} at the previous inspection, in {year}.",
            ChangeDirection.Down => $"Down from {change.PreviousWords} at the previous inspection, in {year}.",
            ChangeDirection.Same => $"{change.CurrentWords}, unchanged since the previous inspection, in {year}.",
            _ => previous.Find(JudgementKeys.OverallEffectiveness) is { } before
                ? $"At the previous inspection, in {year}, the overall grade was {before.GradeWords}."
                : $"The previous inspection was in {year}.",
        };
    }
}
