using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// Maps <c>GET/HEAD {prefix}/{slice}.atom|json</c> and <c>{prefix}/{slice}/page-{n}.atom|json</c>: renders the page as
/// it reads now (injected clock, so embargoes lift on time) and answers with validators, caching and 304. A path that
/// is not a page's canonical form (<c>//all.atom//</c>, <c>feeds/all.atom</c>) and a slice naming no council, region
/// or grade that exists are 404.
/// </summary>
public static class FeedEndpoints
{
    public static RouteGroupBuilder MapFeeds(
        this IEndpointRouteBuilder routes, IFeedEntrySource source, FeedOptions options, TimeProvider time, string prefix = "/feeds",
        IKnownPlaces? places = null, RenderedFeedCache? cache = null)
    {
        var renderer = new FeedRenderer(options);
        var existence = new FeedSliceExistence(places ?? new OutcomesPlaces(Summaries.Context.EmbeddedOutcomes.Data.Regions));
        var rendered = cache ?? new RenderedFeedCache(options);
        var group = routes.MapGroup(prefix);
        group.MapMethods("/{**path}", [HttpMethods.Get, HttpMethods.Head], async (string path, HttpContext context, CancellationToken cancellationToken) =>
        {
            if (RegionSlugRedirects.NewPath(path) is { } moved)
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = $"{context.Request.PathBase}{prefix.TrimEnd('/')}/{moved}{context.Request.QueryString}";
                return;
            }
            if (!FeedAddress.TryParse(path, out var address) || "feeds/" + path != address.RelativePath)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            var entries = await source.GetEntriesAsync(cancellationToken);
            var now = time.GetUtcNow();
            var document = existence.Exists(address.Slice, entries)
                ? rendered.GetOrRender(address, entries, now, () => renderer.Render(entries, address, now))
                : null;
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
