using Microsoft.AspNetCore.Builder;

namespace Publishing.Hosting.Http;

/// <summary>
/// Refuses (400) a request that gives both <c>Content-Length</c> and <c>Transfer-Encoding</c>: a front end and this
/// server could each take a different one as the body's end (request smuggling), so neither is trusted (RFC 9112 6.3).
/// </summary>
public static class AmbiguousFraming
{
    public static IApplicationBuilder RefuseAmbiguousFraming(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Request.Headers;
        // Kestrel reads such a body as chunked and moves the Content-Length it was given to X-Content-Length.
        if (headers.TransferEncoding.Count > 0 && (headers.ContentLength is not null || headers.ContainsKey("X-Content-Length")))
        {
            context.Response.Headers.Connection = "close";
            await Problems.Of(400, "Ambiguous request framing", "The request has both Content-Length and Transfer-Encoding; send one.").ExecuteAsync(context);
            return;
        }
        await next(context);
    });
}
