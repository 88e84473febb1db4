namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// Limits on email subscriptions, so a key holder cannot turn the service on a third party's inbox: one subscription
/// per (body, address), at most <see cref="MaxPerBody"/> email subscriptions per body, and at most
/// <see cref="MaxPendingPerAddress"/> unconfirmed ones to one address from all bodies together (each mails one
/// confirmation; nothing else is sent before it is followed).
/// </summary>
public static class EmailSubscriptionRules
{
    public const int MaxPerBody = 25;
    public const int MaxPendingPerAddress = 3;

    /// <summary>Why the candidate may not be added beside the existing subscriptions (status 409 or 422), or null.</summary>
    public static (int Status, string Reason)? WhyRefused(Subscription candidate, IReadOnlyList<Subscription> existing)
    {
        if (candidate.EmailAddress is not { } address) return null;
        var sameAddress = existing.Where(s => string.Equals(s.EmailAddress, address, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sameAddress.FirstOrDefault(s => s.OwnerBodyName == candidate.OwnerBodyName) is { } duplicate)
            return (409, $"This body already has subscription {duplicate.Id} for {address}; change or delete that one.");
        if (existing.Count(s => s.OwnerBodyName == candidate.OwnerBodyName && s.EmailAddress is not null) >= MaxPerBody)
            return (422, $"A body may have at most {MaxPerBody} email subscriptions.");
        if (sameAddress.Count(s => s.EmailConfirmedAt is null) >= MaxPendingPerAddress)
            return (422, $"{address} already has {MaxPendingPerAddress} subscriptions waiting for its owner to confirm them; no more are accepted until one is confirmed or removed.");
        return null;
    }
}
