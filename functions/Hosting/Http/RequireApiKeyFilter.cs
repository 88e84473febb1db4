using Microsoft.AspNetCore.Http;
using Publishing.Statements.Keys;

namespace Publishing.Hosting.Http;

/// <summary>For endpoints that act for a body: 401 without a valid API key, 429 with Retry-After over the body's rate limit.</summary>
public sealed class RequireApiKeyFilter(ApiKeyStore keys, KeyRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var body = await ApiKeyAuthentication.AuthenticateAsync(context.HttpContext, keys);
        if (body is null) return Problems.Unauthorized();
        if (limiter.TryAcquire(body.Name) is { } wait) return Problems.RateLimited(wait);
        return await next(context);
    }
}
