using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// Maps <c>GET/HEAD {prefix}/{slice}.atom|json</c> and <c>{prefix}/{slice}/page-{n}.atom|json</c>: renders the page as
/// it reads now (injected clock, so embargoes lift on time) and answers with validators, caching and 304.
/// </summary>
public static class FeedEndpoints
{
    public static RouteGroupBuilder MapFeeds(this IEndpointRouteBuilder routes, IFeedEntrySource source, FeedOptions options, TimeProvider time, string prefix = "/feeds")
    {
        var renderer = new FeedRenderer(options);
        // Polling is the common case: keep each rendered page for a second while the entry list is unchanged.
        var rendered = new System.Collections.Concurrent.ConcurrentDictionary<string, (IReadOnlyList<FeedEntry> Entries, DateTimeOffset At, FeedDocument? Document)>(StringComparer.Ordinal);
        var group = routes.MapGroup(prefix);
        group.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], async (string path, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (RegionSlugRedirects.NewPath(path) is { } moved)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = $"{context.Request.PathBase}{prefix.TrimEnd('/')}/{moved}{context.Request.QueryString}";
                return;
            }
            if (!FeedAddress.TryParse(path, out var address))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            var entries = await source.GetEntriesAsync(cancellationToken);
            var now = time.GetUtcNow();
            FeedDocument? document;
            if (rendered.TryGetValue(path, out var cached) && ReferenceEquals(cached.Entries, entries) && now - cached.At < TimeSpan.FromSeconds(1))
                document = cached.Document;
            else
                rendered[path] = (entries, now, document = renderer.Render(entries, address, now));
            if (document is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await FeedHttpResponse.WriteAsync(context, document, options.CacheFor, cancellationToken);
        });
        return group;
    }
}
