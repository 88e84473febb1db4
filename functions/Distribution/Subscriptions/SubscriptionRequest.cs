namespace Publishing.Distribution.Subscriptions;

/// <summary>What a body asks for when subscribing. <see cref="OwnerBodyName"/> comes from the caller's API key, not the payload.</summary>
public sealed record SubscriptionRequest(string OwnerBodyName, string? WebhookUrl, string? EmailAddress, SubscriptionFilter? Filter = null);
