using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Publishing.Distribution.Feeds;

/// <summary>Answers a GET or HEAD for a rendered feed from ASP.NET Core: validators, caching, 304 or the bytes.</summary>
public static class FeedHttpResponse
{
    public static async Task WriteAsync(HttpContext context, FeedDocument document, TimeSpan cacheFor, CancellationToken cancellationToken = default)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.ETag = document.ETag;
        response.Headers.LastModified = document.LastModified.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.CacheControl = $"public, max-age={(int)cacheFor.TotalSeconds}";

        if (ConditionalRequest.IsNotModified(request.Headers.IfNoneMatch, request.Headers.IfModifiedSince, document.ETag, document.LastModified))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = document.ContentType;
        response.ContentLength = document.Content.Length;
        if (HttpMethods.IsHead(request.Method)) return;
        await response.Body.WriteAsync(document.Content, cancellationToken);
    }
}
