namespace Publishing.Distribution.Subscriptions;

/// <summary>The 201 answer to a new subscription: the only place its webhook secret is ever shown.</summary>
public sealed record SubscriptionCreated(string Id, string Url, string? WebhookSecret, SubscriptionView Subscription);

public sealed record SubscriptionList(int Count, IReadOnlyList<SubscriptionView> Subscriptions);
