namespace Publishing.Distribution.Feeds;

/// <summary>
/// What may be shown at an instant: for each entry id, its newest version whose <see cref="FeedEntry.AvailableFrom"/>
/// has passed. An embargoed first issue is left out entirely; an embargoed re-issue leaves the previous version showing.
/// </summary>
public static class EmbargoFilter
{
    public static IReadOnlyList<FeedEntry> AvailableAt(IEnumerable<FeedEntry> entries, DateTimeOffset asAt) =>
        entries
            .Where(e => e.AvailableFrom <= asAt)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(versions => versions.MaxBy(e => e.Version)!)
            .ToList();
}
