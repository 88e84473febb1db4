using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Publishing.Distribution.Email;
using Publishing.Distribution.Stored;
using Publishing.Hosting.Http;

namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// The link in a confirmation mail: <c>GET /api/subscriptions/{id}/confirm?token=…</c> shows a page with a Confirm
/// button, and only its <c>POST</c> confirms, so a mail scanner that fetches links confirms nothing. The token is the
/// only credential (the address's owner has no API key); a wrong or replaced one is refused without saying which.
/// </summary>
public static class EmailConfirmationEndpoints
{
    public static IEndpointRouteBuilder MapEmailConfirmation(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/subscriptions/{id}/confirm", async (string id, string? token, HttpContext http, BlobSubscriptionStore store) =>
        {
            var subscription = await PendingAsync(id, token, store, http.RequestAborted);
            if (subscription is null) return Refused();
            var owner = WebUtility.HtmlEncode(subscription.OwnerBodyName);
            var address = WebUtility.HtmlEncode(subscription.EmailAddress);
            return Page("Confirm email summaries",
                $"<p>{owner} asked for press summaries of Ofsted children's services inspections to be emailed to {address}.</p>"
                + $"<form method=\"post\"><input type=\"hidden\" name=\"token\" value=\"{WebUtility.HtmlEncode(token)}\"><button type=\"submit\">Confirm</button></form>");
        }).AddEndpointFilter<StorageOutageFilter>();

        routes.MapPost("/api/subscriptions/{id}/confirm", async (string id, HttpContext http, BlobSubscriptionStore store, TimeProvider time) =>
        {
            if (!http.Request.HasFormContentType) return Problems.UnsupportedMediaType();
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            var subscription = await PendingAsync(id, form["token"], store, http.RequestAborted);
            if (subscription is null) return Refused();
            await store.SaveAsync(subscription with { EmailConfirmedAt = time.GetUtcNow(), EmailTokenHash = null }, http.RequestAborted);
            return Page("Email summaries confirmed", $"<p>Confirmed: {WebUtility.HtmlEncode(subscription.EmailAddress)} will receive the summaries {WebUtility.HtmlEncode(subscription.OwnerBodyName)} chose.</p>");
        }).AddEndpointFilter<StorageOutageFilter>().DisableAntiforgery();
        return routes;
    }

    private static async Task<Subscription?> PendingAsync(string id, string? token, BlobSubscriptionStore store, CancellationToken cancellationToken)
    {
        var subscription = await store.GetAsync(id, cancellationToken);
        return subscription is { EmailConfirmedAt: null } && EmailConfirmationToken.Matches(token, subscription.EmailTokenHash) ? subscription : null;
    }

    private static IResult Refused() =>
        Problems.Of(403, "Not a valid confirmation link", "This confirmation link is not valid: it was mistyped, replaced by a newer one, or already used.");

    private static IResult Page(string title, string body) => Results.Content(
        $"<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>",
        "text/html; charset=utf-8");
}
