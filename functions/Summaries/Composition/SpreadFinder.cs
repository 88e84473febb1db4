using Publishing.Reading.Model;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

/// <summary>Judgements graded above or below the overall grade. The LSCB review is a separate body's judgement and is left out.</summary>
internal static class SpreadFinder
{
    public static IReadOnlyList<SpreadItem> Find(SummaryJudgement? overall, IReadOnlyList<SummaryJudgement> judgements)
    {
        if (overall?.Grade.Rank() is not { } overallRank) return [];
        return judgements
            .Where(j => j.Key is not JudgementKeys.OverallEffectiveness and not JudgementKeys.Lscb && j.Grade.Rank() is { } rank && rank != overallRank)
            .Select(j => new SpreadItem(j.Key, j.ShortName, j.Grade, j.GradeWords,
                j.Grade.Rank() < overallRank ? SpreadDirection.Stronger : SpreadDirection.Weaker, j.Source))
            .ToList();
    }
}
