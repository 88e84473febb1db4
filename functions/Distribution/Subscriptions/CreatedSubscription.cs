namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// A new subscription to store, and its webhook secret in clear: return that to the subscriber once, in the creation
/// response, and never store or log it (the stored record only has it sealed).
/// </summary>
public sealed record CreatedSubscription(Subscription Subscription, string? WebhookSecretShownOnce);
