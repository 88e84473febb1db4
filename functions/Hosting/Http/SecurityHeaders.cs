using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Publishing.Hosting.Http;

/// <summary>
/// Headers on every answer: <c>X-Content-Type-Options: nosniff</c> (a browser must not read a PDF or JSON answer as
/// HTML), and on HTML a Content-Security-Policy that allows no script, no plugin, no framing and no foreign
/// resources (the summary page's own inline style only), so text that ever slipped an escape still could not run.
/// </summary>
public static class SecurityHeaders
{
    public const string HtmlPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
                headers.ContentSecurityPolicy = HtmlPolicy;
            return Task.CompletedTask;
        });
        await next(context);
    });
}
