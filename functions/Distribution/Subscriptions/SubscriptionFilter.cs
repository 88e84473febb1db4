using Publishing.Distribution.Feeds;

namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// GOV.UK-style matching: every key that is given must match, and within a key any one value is enough. An empty
/// list means the key is not given. Councils are council keys, regions and grades are slugs
/// (<see cref="Slug.From"/>); <see cref="FeedSlice.NoGrade"/> matches summaries without an overall grade.
/// </summary>
public sealed record SubscriptionFilter
{
    public IReadOnlyList<string> Councils { get; init; } = [];
    public IReadOnlyList<string> Regions { get; init; } = [];
    public IReadOnlyList<string> Grades { get; init; } = [];
    /// <summary>Document types (<see cref="DocumentTypeFilterValues"/>): e.g. <c>inspection</c> alone, or with <c>focused-visit</c>.</summary>
    public IReadOnlyList<string> DocumentTypes { get; init; } = [];
    public IssueFilter Issues { get; init; } = IssueFilter.FirstAndReissues;

    public static SubscriptionFilter Everything { get; } = new();

    public bool Matches(FeedEntry entry) =>
        AnyOf(Councils, entry.CouncilKey)
        && AnyOf(Regions.Select(RegionSlugRedirects.Current).ToList(), entry.RegionSlug)
        && (Grades.Count == 0 || (entry.GradeSlug is { } grade && Grades.Contains(grade, StringComparer.Ordinal)))
        && (DocumentTypes.Count == 0 || DocumentTypes.Any(t => DocumentTypeFilterValues.Matches(t, entry.DocumentType)))
        && Issues switch
        {
            IssueFilter.FirstIssueOnly => !entry.IsReissue,
            IssueFilter.ReissuesOnly => entry.IsReissue,
            _ => true,
        };

    private static bool AnyOf(IReadOnlyList<string> wanted, string? actual) =>
        wanted.Count == 0 || wanted.Contains(actual, StringComparer.Ordinal);
}
