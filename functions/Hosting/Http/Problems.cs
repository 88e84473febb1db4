using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Publishing.Cli;

namespace Publishing.Hosting.Http;

/// <summary>RFC 9457 problem details (<c>application/problem+json</c>) for every error the API returns.</summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static IResult Of(int status, string title, string detail, Dictionary<string, string[]>? errors = null, TimeSpan? retryAfter = null) =>
        new ProblemResult(status, title, detail, errors, retryAfter);

    public static IResult BadJson(string detail) => Of(400, "Malformed JSON", detail);
    public static IResult Unauthorized() => Of(401, "Unauthorized", "Send a valid API key as 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'.");
    public static IResult Forbidden(string detail) => Of(403, "Forbidden", detail);
    public static IResult NotFound(string detail) => Of(404, "Not found", detail);
    public static IResult Conflict(string detail) => Of(409, "Conflict", detail);
    public static IResult TooLarge(long limit) => Of(413, "Payload too large", $"The request body is larger than {limit} bytes.");
    public static IResult UnsupportedMediaType() => Of(415, "Unsupported media type", "Send the statement as 'Content-Type: application/json'.");
    public static IResult Invalid(Dictionary<string, string[]> errors) =>
        Of(422, "Validation failed", string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")), errors);
    public static IResult RateLimited(TimeSpan retryAfter) =>
        Of(429, "Too many requests", "This API key has exceeded its rate limit; retry after the time in Retry-After.", retryAfter: retryAfter);
    public static IResult StorageUnavailable() =>
        Of(503, "Storage unavailable", "The statement was not stored because storage is unreachable; nothing was accepted. Retry after the time in Retry-After.", retryAfter: TimeSpan.FromSeconds(5));

    private sealed class ProblemResult(int status, string title, string detail, Dictionary<string, string[]>? errors, TimeSpan? retryAfter) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = ContentType;
            // RFC 9110 11.6.1: a 401 names the scheme it wants (RFC 6750 for bearer tokens).
            if (status == StatusCodes.Status401Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer realm=\"publishing\"";
            if (retryAfter is { } after)
                context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var problem = new ProblemBody("about:blank", title, status, detail, context.Request.Path.Value, errors);
            await JsonSerializer.SerializeAsync(context.Response.Body, problem, JsonOutput.Compact, context.RequestAborted);
        }
    }
}
