namespace Publishing.Distribution.Feeds;

/// <summary>Where the feed endpoints get entries (the storage wiring supplies it). Return every version; embargo filtering happens later.</summary>
public interface IFeedEntrySource
{
    Task<IReadOnlyList<FeedEntry>> GetEntriesAsync(CancellationToken cancellationToken);
}
