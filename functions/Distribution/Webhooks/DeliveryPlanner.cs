using Publishing.Distribution.Feeds;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Distribution.Webhooks;

/// <summary>Which active subscriptions hear about an entry: filter matched, webhook given (or an email address whose owner
/// confirmed it). Nothing is planned for embargoed material.</summary>
public static class DeliveryPlanner
{
    public static IReadOnlyList<WebhookDelivery> Webhooks(FeedEntry entry, IEnumerable<Subscription> subscriptions, DateTimeOffset asAt) =>
        Matching(entry, subscriptions, asAt).Where(s => s.WebhookUrl is not null).Select(s => WebhookDelivery.For(s, entry)).ToList();

    public static IReadOnlyList<Subscription> Emails(FeedEntry entry, IEnumerable<Subscription> subscriptions, DateTimeOffset asAt) =>
        Matching(entry, subscriptions, asAt).Where(s => s.EmailAddress is not null && s.EmailConfirmedAt is not null).ToList();

    private static IEnumerable<Subscription> Matching(FeedEntry entry, IEnumerable<Subscription> subscriptions, DateTimeOffset asAt) =>
        entry.AvailableFrom > asAt ? [] : subscriptions.Where(s => s.IsActive && s.Filter.Matches(entry));
}
