namespace Publishing.Distribution.Feeds;

/// <summary>How feeds name themselves. Bind from configuration section <c>Distribution:Feeds</c>.</summary>
public sealed class FeedOptions
{
    /// <summary>The tag URI authority (a domain the publisher owns). Never change it after launch.</summary>
    public string TagAuthority { get; set; } = "publishing.example";
    /// <summary>The tag URI date: a day or year on which the publisher owned <see cref="TagAuthority"/>.</summary>
    public string TagDate { get; set; } = "2026";
    /// <summary>Absolute base the feed links are built on, e.g. <c>https://publishing.example/</c>.</summary>
    public Uri BaseUri { get; set; } = new("https://publishing.example/");
    public string TitlePrefix { get; set; } = "Ofsted children's services inspection summaries";
    public string AuthorName { get; set; } = "Publishing";
    public int PageSize { get; set; } = 20;
    /// <summary>How long caches may keep a feed (Cache-Control max-age).</summary>
    public TimeSpan CacheFor { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>At most this many rendered pages are kept in memory (<see cref="RenderedFeedCache"/>).</summary>
    public int RenderCacheEntries { get; set; } = 512;
    /// <summary>At most this many bytes of rendered pages are kept in memory.</summary>
    public long RenderCacheBytes { get; set; } = 32 * 1024 * 1024;
}
