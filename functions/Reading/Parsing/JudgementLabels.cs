using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>Maps a judgement table label to its key. An unknown label has no key: the reader never guesses.</summary>
internal static partial class JudgementLabels
{
    public static string? KeyFor(string label)
    {
        var l = TextNormalizer.ForMatching(label);
        if (l.Contains("overall effectiveness")) return JudgementKeys.OverallEffectiveness;
        // Before the groups it names: "Outcomes for looked after children and care leavers" is one row about outcomes.
        if (LookedAfterOutcomes().IsMatch(l)) return JudgementKeys.LookedAfterOutcomes;
        if (CapacityToImprove().IsMatch(l)) return JudgementKeys.CapacityToImprove;
        if (l.Contains("impact of leaders")) return JudgementKeys.ImpactOfLeaders;
        if (l.Contains("help and protection")) return JudgementKeys.HelpAndProtection;
        if (l.Contains("children in care and care leavers")) return JudgementKeys.InCareAndCareLeavers;
        if (l.Contains("achieving permanence")) return JudgementKeys.LookedAfterPermanence;
        if (l.Contains("adoption")) return JudgementKeys.Adoption;
        if (l.Contains("care leavers")) return JudgementKeys.CareLeavers;
        if (l.Contains("children in care")) return JudgementKeys.InCare;
        if (l.Contains("quality of provision")) return JudgementKeys.QualityOfProvision;
        if (l.StartsWith("leadership", StringComparison.Ordinal)) return JudgementKeys.Leadership;
        return null;
    }

    // "Outcomes for looked after children (and young people | and care leavers)", "Outcomes for children looked after".
    [GeneratedRegex(@"\boutcomes for (?:looked[ -]after|children looked[ -]after|children in care)\b")]
    private static partial Regex LookedAfterOutcomes();

    // "Capacity to improve", "Capacity for (further) improvement".
    [GeneratedRegex(@"\bcapacity (?:to improve|for (?:further )?improvement)\b")]
    private static partial Regex CapacityToImprove();
}
