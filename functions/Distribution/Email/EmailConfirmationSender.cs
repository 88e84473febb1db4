using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Publishing.Distribution.Stored;
using Publishing.Distribution.Subscriptions;
using Publishing.Storage;

namespace Publishing.Distribution.Email;

/// <summary>
/// Mails a new email subscription its confirmation link, once. A fresh token is made for each send and only its hash
/// stored before the message goes out, so a retried send mails a new link and the old one stops working. Once the
/// server has accepted a message a receipt is written beside the subscription (not into it: the owner may be
/// confirming at that very moment) and a repeated queue message sends nothing.
/// </summary>
public sealed class EmailConfirmationSender(
    SmtpSummarySender? smtp, BlobSubscriptionStore subscriptions, PublishingStorage storage, Uri apiBase, TimeProvider time, ILogger<EmailConfirmationSender> logger)
{
    private readonly JsonBlobs _receipts = new(storage.Container(storage.Names.State), "emails/confirmation-");

    public sealed record Receipt(string SubscriptionId, DateTimeOffset SentAt);

    public async Task SendAsync(string subscriptionId, CancellationToken cancellationToken)
    {
        var subscription = await subscriptions.GetAsync(subscriptionId, cancellationToken);
        if (subscription is not { EmailAddress: not null, EmailConfirmedAt: null }) return;
        if (await _receipts.GetAsync<Receipt>(subscription.Id + ".json", cancellationToken) is not null) return;
        if (smtp is null) throw new InvalidOperationException("Email is not configured (PUBLISHING_SMTP_HOST); the confirmation cannot be sent.");
        var token = EmailConfirmationToken.Generate();
        await subscriptions.SaveAsync(subscription with { EmailTokenHash = EmailConfirmationToken.Hash(token) }, cancellationToken);
        var link = new Uri(apiBase, $"subscriptions/{subscription.Id}/confirm?token={token}");
        using var message = ConfirmationEmailComposer.Compose(subscription, link, smtp.Options);
        await smtp.SendAsync(message, cancellationToken);
        await _receipts.PutAsync(subscription.Id + ".json", new Receipt(subscription.Id, time.GetUtcNow()), cancellationToken);
        logger.LogInformation("Mailed the confirmation link of subscription {Subscription}", subscriptionId);
    }
}

/// <summary>The secret in a confirmation link: 256 random bits, URL-safe; stored only as its SHA-256.</summary>
public static class EmailConfirmationToken
{
    public static string Generate() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));

    public static bool Matches(string? presented, string? storedHash) =>
        presented is { Length: > 0 and <= 100 } && storedHash is not null
        && CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Hash(presented)), System.Text.Encoding.ASCII.GetBytes(storedHash));
}
