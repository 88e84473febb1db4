using Publishing.Distribution.Feeds;
using Publishing.Reading.Model;

namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// The values each subscription filter key accepts, in one place: a filter naming anything else is refused (422), since
/// a mistyped value would match nothing and the subscriber would never hear why. A new filter key adds its set here.
/// </summary>
public static class SubscriptionVocabulary
{
    /// <summary>Overall grades as slugs of Ofsted's words, and <see cref="FeedSlice.NoGrade"/> for reports without one.</summary>
    public static IReadOnlyList<string> Grades { get; } =
        [.. Enum.GetValues<Grade>().Select(g => Slug.From(g.ToOfstedWords())), FeedSlice.NoGrade];

    /// <summary>The English regions councils are grouped in (as the outcomes data's <c>region_name</c>), as slugs.</summary>
    public static IReadOnlyList<string> Regions { get; } =
        [.. new[] { "North East", "North West", "Yorkshire and the Humber", "East Midlands", "West Midlands", "East of England", "London", "South East", "South West" }.Select(Slug.From)];

    public static IReadOnlyList<string> Issues { get; } = ["all", "first", "reissues"];

    /// <summary>The values of a filter key that are not in its set (null: any slug, as council keys are).</summary>
    public static IReadOnlyList<string> Unknown(IReadOnlyList<string> values, IReadOnlyList<string>? allowed) =>
        [.. values.Where(v => allowed is null ? v.Length == 0 || Slug.From(v) != v : !allowed.Contains(v, StringComparer.Ordinal))];
}
