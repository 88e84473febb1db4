using Publishing.Hosting.Caching;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// Rendered feed pages kept for a moment while the entry list is unchanged (polling is the common case). Keyed by
/// the page's canonical address, never the request path, and bounded in pages and bytes
/// (<see cref="FeedOptions.RenderCacheEntries"/>, <see cref="FeedOptions.RenderCacheBytes"/>).
/// </summary>
public sealed class RenderedFeedCache(FeedOptions options)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(1);

    private readonly BoundedCache<string, Rendered> _pages = new(
        options.RenderCacheEntries, options.RenderCacheBytes, r => r.Document.Content.Length, StringComparer.Ordinal);

    private sealed record Rendered(IReadOnlyList<FeedEntry> Entries, DateTimeOffset At, FeedDocument Document);

    public int Count => _pages.Count;
    public long Bytes => _pages.Size;

    /// <summary>The page rendered from exactly <paramref name="entries"/> within the last second, else renders and keeps it (null: no such page).</summary>
    public FeedDocument? GetOrRender(FeedAddress address, IReadOnlyList<FeedEntry> entries, DateTimeOffset now, Func<FeedDocument?> render)
    {
        if (_pages.TryGet(address.RelativePath, out var cached) && ReferenceEquals(cached.Entries, entries) && now - cached.At < KeepFor)
            return cached.Document;
        var document = render();
        if (document is null) _pages.Remove(address.RelativePath); // a page past the last is not kept: asking costs nothing
        else _pages.Set(address.RelativePath, new Rendered(entries, now, document));
        return document;
    }
}
