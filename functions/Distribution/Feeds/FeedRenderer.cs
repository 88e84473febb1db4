namespace Publishing.Distribution.Feeds;

/// <summary>Entries in, one feed page out: page, write, tag. The one entry point the HTTP host and the blob writer need.</summary>
public sealed class FeedRenderer(FeedOptions options)
{
    /// <summary>The page as it reads at <paramref name="asAt"/>, or null when that page does not exist.</summary>
    public FeedDocument? Render(IEnumerable<FeedEntry> entries, FeedAddress address, DateTimeOffset asAt)
    {
        var page = FeedPager.Page(entries, address, asAt, options);
        if (page is null) return null;
        var bytes = address.Format == FeedFormat.Atom ? AtomFeedWriter.Write(page, options) : JsonFeedWriter.Write(page, options);
        return FeedDocument.Create(bytes, address.Format.ContentType(), page.Updated);
    }
}
