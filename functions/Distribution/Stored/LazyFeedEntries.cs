using Microsoft.Extensions.DependencyInjection;
using Publishing.Distribution.Feeds;

namespace Publishing.Distribution.Stored;

/// <summary>Resolves <see cref="StoredFeedEntries"/> (and the storage clients behind it) at the first feed request, not at startup.</summary>
public sealed class LazyFeedEntries(IServiceProvider services) : IFeedEntrySource
{
    public Task<IReadOnlyList<FeedEntry>> GetEntriesAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<StoredFeedEntries>().GetEntriesAsync(cancellationToken);
}
