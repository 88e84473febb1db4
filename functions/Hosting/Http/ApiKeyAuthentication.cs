using Microsoft.AspNetCore.Http;
using Publishing.Statements;
using Publishing.Statements.Keys;

namespace Publishing.Hosting.Http;

/// <summary>Finds the body a request speaks for from its API key (<c>Authorization: Bearer</c> or <c>X-Api-Key</c>).</summary>
public static class ApiKeyAuthentication
{
    private const string BodyItem = "publishing.body";

    public static string? PresentedKey(HttpRequest request)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return authorization[7..].Trim();
        var header = request.Headers["X-Api-Key"].ToString();
        return header.Length > 0 ? header.Trim() : null;
    }

    /// <summary>The authenticated body, or null. The result is kept on the request so later filters reuse it.</summary>
    public static async Task<SubmittingBody?> AuthenticateAsync(HttpContext context, ApiKeyStore keys)
    {
        if (context.Items.TryGetValue(BodyItem, out var cached)) return cached as SubmittingBody;
        var body = await keys.AuthenticateAsync(PresentedKey(context.Request), context.RequestAborted);
        context.Items[BodyItem] = body;
        return body;
    }

    public static SubmittingBody? Current(HttpContext context) =>
        context.Items.TryGetValue(BodyItem, out var body) ? body as SubmittingBody : null;
}
