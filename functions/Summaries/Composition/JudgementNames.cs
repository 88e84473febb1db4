using Publishing.Reading.Model;

namespace Publishing.Summaries.Composition;

/// <summary>Short names for judgements in running prose; the judgement table keeps the report's printed labels.</summary>
public static class JudgementNames
{
    public const string ChildrensServices = "children's services";

    private static readonly Dictionary<string, string> Short = new(StringComparer.Ordinal)
    {
        [JudgementKeys.OverallEffectiveness] = "overall effectiveness",
        [JudgementKeys.ImpactOfLeaders] = "the impact of leaders",
        [JudgementKeys.HelpAndProtection] = "help and protection",
        [JudgementKeys.InCareAndCareLeavers] = "children in care and care leavers",
        [JudgementKeys.InCare] = "children in care",
        [JudgementKeys.CareLeavers] = "care leavers",
        [JudgementKeys.LookedAfterPermanence] = "children looked after and achieving permanence",
        [JudgementKeys.Adoption] = "adoption",
        [JudgementKeys.Leadership] = "leadership and management",
        [JudgementKeys.Lscb] = "the local safeguarding children board",
        [JudgementKeys.CapacityToImprove] = "capacity to improve",
        [JudgementKeys.LookedAfterOutcomes] = "outcomes for looked after children",
        [JudgementKeys.QualityOfProvision] = "quality of provision",
    };

    public static string ShortName(string key) => Short.GetValueOrDefault(key, key.Replace('_', ' '));

    /// <summary>Every short name with its key, longest first (for reading prose back).</summary>
    public static IReadOnlyList<(string Name, string Key)> All { get; } =
        Short.Select(p => (p.Value, p.Key)).OrderByDescending(p => p.Value.Length).ToList();
}
