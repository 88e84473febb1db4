namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// A body's standing order for pushes. <see cref="ProtectedWebhookSecret"/> is the <c>whsec_</c> secret sealed by
/// <see cref="SecretProtector"/> (AES-GCM under the application key), never the secret itself: the sender must be able
/// to sign with it later, so it cannot only be hashed. A receiver answering 410 Gone disables the subscription.
/// </summary>
public sealed record Subscription
{
    public required string Id { get; init; }
    public required string OwnerBodyName { get; init; }
    public Uri? WebhookUrl { get; init; }
    public string? EmailAddress { get; init; }
    public string? ProtectedWebhookSecret { get; init; }
    public SubscriptionFilter Filter { get; init; } = SubscriptionFilter.Everything;
    public bool Paused { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? DisabledAt { get; init; }
    public string? DisabledReason { get; init; }
    /// <summary>Double opt-in: nothing but the confirmation is mailed to <see cref="EmailAddress"/> until its link is followed.</summary>
    public DateTimeOffset? EmailConfirmedAt { get; init; }
    /// <summary>SHA-256 (hex) of the token in the confirmation link last mailed; the token itself is never stored.</summary>
    public string? EmailTokenHash { get; init; }

    public bool IsActive => !Paused && DisabledAt is null;
}
