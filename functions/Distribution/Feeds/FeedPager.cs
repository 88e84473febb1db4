namespace Publishing.Distribution.Feeds;

/// <summary>
/// Cuts the entries visible at an instant into pages of one slice. The embargo filter is applied here, so no page
/// can be built from embargoed material. Timestamps are cut to whole seconds: that is what the feeds print and what
/// Last-Modified can carry.
/// </summary>
public static class FeedPager
{
    /// <summary>The page, or null when <paramref name="address"/> asks for a page past the last (page 1 always exists).</summary>
    public static FeedPage? Page(IEnumerable<FeedEntry> entries, FeedAddress address, DateTimeOffset asAt, FeedOptions options)
    {
        if (options.PageSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "PageSize must be at least 1.");
        if (address.Page < 1) return null;
        var matched = EmbargoFilter.AvailableAt(entries, asAt)
            .Where(address.Slice.Matches)
            // Newest report first: a summary of a 2015 report composed today sorts with 2015, not with today's news.
            .OrderByDescending(e => e.Published)
            .ThenByDescending(e => e.Updated)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        var pageCount = Math.Max(1, (matched.Count + options.PageSize - 1) / options.PageSize);
        if (address.Page > pageCount) return null;

        var updated = matched.Count == 0
            ? DateTimeOffset.UnixEpoch
            : matched.Max(e => e.Updated > e.AvailableFrom ? e.Updated : e.AvailableFrom);
        return new FeedPage
        {
            Address = address,
            Id = FeedEntryIds.ForFeed(options, address.Slice),
            Title = $"{options.TitlePrefix} — {address.Slice.Describe(matched)}",
            Updated = FeedTime.ToWholeSecondsUtc(updated),
            Entries = matched.Skip((address.Page - 1) * options.PageSize).Take(options.PageSize).ToList(),
            PageCount = pageCount,
            TotalEntries = matched.Count,
            Self = address.ToUri(options.BaseUri),
            First = address.WithPage(1).ToUri(options.BaseUri),
            Last = address.WithPage(pageCount).ToUri(options.BaseUri),
            Previous = address.Page > 1 ? address.WithPage(address.Page - 1).ToUri(options.BaseUri) : null,
            Next = address.Page < pageCount ? address.WithPage(address.Page + 1).ToUri(options.BaseUri) : null,
        };
    }
}
