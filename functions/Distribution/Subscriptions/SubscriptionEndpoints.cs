using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Distribution.Stored;
using Publishing.Hosting.Http;
using Publishing.Statements.Keys;

namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// <c>/api/subscriptions</c>: a body creates (POST), lists (GET), pauses or resumes (PATCH <c>{"paused":true}</c>) and
/// deletes its own push subscriptions. The webhook secret is in the creation response only. An email address gets
/// a confirmation link first (<see cref="EmailConfirmationEndpoints"/>) and nothing else until it is followed.
/// </summary>
public static class SubscriptionEndpoints
{
    public static RouteGroupBuilder MapSubscriptions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/subscriptions").AddEndpointFilter<StorageOutageFilter>().AddEndpointFilter<RequireApiKeyFilter>();
        group.MapPost("", CreateAsync);
        group.MapGet("", ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapPatch("/{id}", PatchAsync);
        group.MapDelete("/{id}", DeleteAsync);
        return group;
    }


    private static async Task<IResult> CreateAsync(HttpContext http, SubscriptionFactory factory, BlobSubscriptionStore store, Storage.PublishingStorage storage)
    {
        var (document, problem) = await JsonRequest.ReadAsync(http.Request, 16 * 1024);
        if (problem is not null) return problem;
        using (document)
        {
            var root = document!.RootElement;
            var errors = new Dictionary<string, string[]>();
            var filter = SubscriptionRequestJson.Filter(root, errors);
            var webhook = SubscriptionRequestJson.OptionalString(root, "webhookUrl", errors);
            var email = SubscriptionRequestJson.OptionalString(root, "email", errors);
            if (errors.Count > 0) return Problems.Invalid(errors);
            var owner = ApiKeyAuthentication.Current(http)!;
            var (created, failures) = await factory.CreateAsync(new SubscriptionRequest(owner.Name, webhook, email, filter), http.RequestAborted);
            if (created is null) return Problems.Invalid(new() { ["subscription"] = [.. failures] });
            if (EmailSubscriptionRules.WhyRefused(created.Subscription, await store.ListAsync(http.RequestAborted)) is { } refused)
                return refused.Status == 409 ? Problems.Conflict(refused.Reason) : Problems.Invalid(new() { ["email"] = [refused.Reason] });
            await store.AddAsync(created.Subscription, http.RequestAborted);
            if (created.Subscription.EmailAddress is not null)
                await storage.Queue(storage.Names.DeliverQueue).SendMessageAsync(
                    new Steps.DeliveryMessage(null, 1, Confirmation: new Steps.EmailConfirmation(created.Subscription.Id)).ToJson(), http.RequestAborted);
            var url = $"/api/subscriptions/{created.Subscription.Id}";
            http.Response.Headers.Location = url;
            return Results.Json(new SubscriptionCreated(created.Subscription.Id, url, created.WebhookSecretShownOnce, SubscriptionView.Of(created.Subscription)),
                Cli.JsonOutput.Compact, statusCode: StatusCodes.Status201Created);
        }
    }

    private static async Task<IResult> ListAsync(HttpContext http, BlobSubscriptionStore store)
    {
        var owner = ApiKeyAuthentication.Current(http)!;
        var own = (await store.ListAsync(http.RequestAborted)).Where(s => s.OwnerBodyName == owner.Name).Select(SubscriptionView.Of).ToList();
        return Results.Json(new SubscriptionList(own.Count, own), Cli.JsonOutput.Compact);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, BlobSubscriptionStore store)
    {
        var (subscription, problem) = await OwnAsync(id, http, store);
        return problem ?? Results.Json(SubscriptionView.Of(subscription!), Cli.JsonOutput.Compact);
    }

    private static async Task<IResult> PatchAsync(string id, HttpContext http, BlobSubscriptionStore store)
    {
        var (subscription, problem) = await OwnAsync(id, http, store);
        if (problem is not null) return problem;
        var (document, bad) = await JsonRequest.ReadAsync(http.Request, 4 * 1024);
        if (bad is not null) return bad;
        using (document)
        {
            if (!document!.RootElement.TryGetProperty("paused", out var paused) || paused.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                return Problems.Invalid(new() { ["paused"] = ["Send {\"paused\": true} or {\"paused\": false}."] });
            var updated = subscription! with { Paused = paused.GetBoolean() };
            await store.SaveAsync(updated, http.RequestAborted);
            return Results.Json(SubscriptionView.Of(updated), Cli.JsonOutput.Compact);
        }
    }

    private static async Task<IResult> DeleteAsync(string id, HttpContext http, BlobSubscriptionStore store)
    {
        var (_, problem) = await OwnAsync(id, http, store);
        if (problem is not null) return problem;
        await store.DeleteAsync(id, http.RequestAborted);
        return Results.NoContent();
    }

    private static async Task<(Subscription? Subscription, IResult? Problem)> OwnAsync(string id, HttpContext http, BlobSubscriptionStore store)
    {
        if (id.Length > 100 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')) return (null, Problems.NotFound($"No subscription '{id}'."));
        var subscription = await store.GetAsync(id, http.RequestAborted);
        if (subscription is null) return (null, Problems.NotFound($"No subscription '{id}'."));
        if (subscription.OwnerBodyName != ApiKeyAuthentication.Current(http)!.Name)
            return (null, Problems.Forbidden("This subscription belongs to another body."));
        return (subscription, null);
    }
}
