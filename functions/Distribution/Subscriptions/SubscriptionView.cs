namespace Publishing.Distribution.Subscriptions;

/// <summary>A subscription as the API shows it: never its secret, sealed or not.</summary>
public sealed record SubscriptionView(
    string Id, string Owner, Uri? WebhookUrl, string? Email, SubscriptionFilter Filter, bool Paused,
    DateTimeOffset CreatedAt, DateTimeOffset? DisabledAt, string? DisabledReason, bool? EmailConfirmed = null)
{
    public static SubscriptionView Of(Subscription s) =>
        new(s.Id, s.OwnerBodyName, s.WebhookUrl, s.EmailAddress, s.Filter, s.Paused, s.CreatedAt, s.DisabledAt, s.DisabledReason,
            s.EmailAddress is null ? null : s.EmailConfirmedAt is not null);
}
