using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>Where a framework states its overall judgement.</summary>
internal enum OverallSource { Table, Sentence, None }

/// <summary>
/// What one framework's report holds: the rows its judgement table must have (order-free), where the overall
/// judgement is, and whether an LSCB review may follow. A new framework is one more profile here.
/// </summary>
/// <param name="TableHeading">The heading of the page the table is on (its last occurrence), where the table is not on
/// the first pages.</param>
internal sealed record FrameworkProfile(Framework Framework, FrameworkDetector.Family Family, IReadOnlySet<string> TableRows, OverallSource Overall,
    bool MayIncludeLscb = false, string? TableHeading = null);

internal static class FrameworkProfiles
{
    private static readonly FrameworkProfile[] All =
    [
        new(Framework.LookedAfterChildren2013, FrameworkDetector.Family.LookedAfterChildren2013,
            Rows(JudgementKeys.OverallEffectiveness, JudgementKeys.CapacityToImprove, JudgementKeys.LookedAfterOutcomes, JudgementKeys.QualityOfProvision, JudgementKeys.Leadership),
            OverallSource.Table, TableHeading: "record of main findings"),
        new(Framework.Sif, FrameworkDetector.Family.Sif, SifRows(), OverallSource.Sentence, MayIncludeLscb: true),
        new(Framework.SifReinspection, FrameworkDetector.Family.SifReinspection, SifRows(), OverallSource.Sentence),
        new(Framework.Ilacs2018, FrameworkDetector.Family.Ilacs,
            Rows(JudgementKeys.ImpactOfLeaders, JudgementKeys.HelpAndProtection, JudgementKeys.InCareAndCareLeavers, JudgementKeys.OverallEffectiveness),
            OverallSource.Table),
        new(Framework.Ilacs2023, FrameworkDetector.Family.Ilacs,
            Rows(JudgementKeys.ImpactOfLeaders, JudgementKeys.HelpAndProtection, JudgementKeys.InCare, JudgementKeys.CareLeavers, JudgementKeys.OverallEffectiveness),
            OverallSource.Table),
        new(Framework.Ilacs2026, FrameworkDetector.Family.Ilacs,
            Rows(JudgementKeys.ImpactOfLeaders, JudgementKeys.HelpAndProtection, JudgementKeys.InCare, JudgementKeys.CareLeavers),
            OverallSource.None),
        new(Framework.LscbReview, FrameworkDetector.Family.LscbReview, Rows(), OverallSource.None),
    ];

    public static FrameworkProfile For(Framework framework) => All.Single(p => p.Framework == framework);

    /// <summary>The family's profiles (ILACS has three eras, told apart by the table it prints).</summary>
    public static IEnumerable<FrameworkProfile> Of(FrameworkDetector.Family family) => All.Where(p => p.Family == family);

    /// <summary>Whether the table rows read so far are a whole table of one of the family's frameworks, and not the first
    /// part of a larger one (the 2026 format's four rows are the 2023 format's five without overall effectiveness).</summary>
    public static bool IsWholeTable(FrameworkDetector.Family family, IReadOnlyCollection<string> keys) =>
        MatchesTable(family, keys)
        && !Of(family).Any(p => p.TableRows.Count > keys.Count && p.TableRows.IsSupersetOf(keys));

    /// <summary>Whether the rows are exactly one of the family's tables.</summary>
    public static bool MatchesTable(FrameworkDetector.Family family, IReadOnlyCollection<string> keys) =>
        Of(family).Any(p => p.TableRows.Count > 0 && p.TableRows.SetEquals(keys));

    /// <summary>The rows a framework's table must have. An ILACS report published from 2023 with the joint "children in
    /// care and care leavers" row (inspected under the 2018 rules) is counted in the 2023-26 era with the 2018 rows.</summary>
    public static IReadOnlySet<string> ExpectedTableRows(Framework framework, bool joinedCare) =>
        framework == Framework.Ilacs2023 && joinedCare ? For(Framework.Ilacs2018).TableRows : For(framework).TableRows;

    private static HashSet<string> SifRows() =>
        Rows(JudgementKeys.HelpAndProtection, JudgementKeys.LookedAfterPermanence, JudgementKeys.Adoption, JudgementKeys.CareLeavers, JudgementKeys.Leadership);

    private static HashSet<string> Rows(params string[] keys) => [.. keys];
}
