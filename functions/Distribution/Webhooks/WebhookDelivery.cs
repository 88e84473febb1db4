using System.Security.Cryptography;
using System.Text;
using Publishing.Distribution.Feeds;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Distribution.Webhooks;

/// <summary>
/// One summary version owed to one subscription: the queue message body. <see cref="Key"/> and
/// <see cref="MessageId"/> derive from (subscription, entry, version) only, so planning twice yields the same
/// delivery, every attempt carries the same <c>webhook-id</c>, and receivers can dedupe. The payload is frozen at
/// planning time; the URL and secret are read from the subscription at each attempt.
/// </summary>
public sealed record WebhookDelivery
{
    public required string SubscriptionId { get; init; }
    public required string EntryId { get; init; }
    public required int Version { get; init; }
    public required string Payload { get; init; }
    /// <summary>On the queue: the blob holding <see cref="Payload"/> (then empty); see <c>WebhookDeliveryQueue</c>.</summary>
    public string? PayloadBlob { get; init; }
    public required DateTimeOffset AvailableFrom { get; init; }

    public string Key => $"{SubscriptionId}|{EntryId}|v{Version}";

    public string MessageId => "msg_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Key)))[..32];

    public static WebhookDelivery For(Subscription subscription, FeedEntry entry) => new()
    {
        SubscriptionId = subscription.Id,
        EntryId = entry.Id,
        Version = entry.Version,
        Payload = WebhookPayload.For(entry),
        AvailableFrom = entry.AvailableFrom,
    };
}
