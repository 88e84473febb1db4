using Publishing.Distribution.Feeds;
using Publishing.Reading.Model;

namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// The values each subscription filter key accepts, in one place: a filter naming anything else is refused (422), since
/// a mistyped value would match nothing and the subscriber would never hear why. A new filter key adds its set here.
/// </summary>
public static class SubscriptionVocabulary
{
    /// <summary>The grade feeds' values (<see cref="GradeFeedValues"/>).</summary>
    public static IReadOnlyList<string> Grades => GradeFeedValues.All;

    /// <summary>Document types' slugs, and <c>inspection</c> for every full inspection (<see cref="DocumentTypeFilterValues"/>).</summary>
    public static IReadOnlyList<string> DocumentTypes { get; } = [.. DocumentTypeFilterValues.All];

    /// <summary>Ofsted's regions as its shipped outcomes data name them, as slugs, and the earlier slugs that redirect to them.</summary>
    public static IReadOnlyList<string> Regions { get; } =
        [.. Summaries.Context.EmbeddedOutcomes.Data.Regions.Regions.Select(Slug.From), .. RegionSlugRedirects.Earlier];

    public static IReadOnlyList<string> Issues { get; } = ["all", "first", "reissues"];

    /// <summary>The values of a filter key that are not in its set (null: any slug, as council keys are).</summary>
    public static IReadOnlyList<string> Unknown(IReadOnlyList<string> values, IReadOnlyList<string>? allowed) =>
        [.. values.Where(v => allowed is null ? v.Length == 0 || Slug.From(v) != v : !allowed.Contains(v, StringComparer.Ordinal))];
}
