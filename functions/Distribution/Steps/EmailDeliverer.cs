using Microsoft.Extensions.Logging;
using Publishing.Distribution.Email;
using Publishing.Distribution.Stored;
using Publishing.Storage;

namespace Publishing.Distribution.Steps;

/// <summary>
/// Sends one summary version to one subscription's email address through SMTP, once: a receipt blob is written after
/// the server accepts the message, and a repeated queue message finds it and sends nothing. (A crash between the two
/// can send twice; the Message-Id is stable per version, so mail clients can tell.)
/// </summary>
public sealed class EmailDeliverer(
    SmtpSummarySender? smtp, StoredFeedEntries entries, BlobSubscriptionStore subscriptions, PublishingStorage storage, TimeProvider time, ILogger<EmailDeliverer> logger)
{
    private readonly JsonBlobs _receipts = new(storage.Container(storage.Names.State), "emails/");

    public sealed record Receipt(string Key, string MessageId, DateTimeOffset SentAt);

    public async Task DeliverAsync(EmailDelivery delivery, CancellationToken cancellationToken)
    {
        var name = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(delivery.Key)))[..40] + ".json";
        if (await _receipts.GetAsync<Receipt>(name, cancellationToken) is not null) return;
        if (smtp is null) throw new InvalidOperationException("Email is not configured (PUBLISHING_SMTP_HOST); the push cannot be sent.");
        var subscription = await subscriptions.GetAsync(delivery.SubscriptionId, cancellationToken);
        if (subscription is not { IsActive: true, EmailAddress: not null, EmailConfirmedAt: not null })
        {
            logger.LogInformation("Email {Key} abandoned: the subscription is gone, paused, has no address or its address is not confirmed", delivery.Key);
            return;
        }
        var entry = await entries.GetAsync(delivery.ReportId, delivery.Version, cancellationToken)
            ?? throw new InvalidOperationException($"Summary {delivery.ReportId} v{delivery.Version} is not stored.");
        var messageId = await smtp.SendAsync(entry, subscription, cancellationToken);
        await _receipts.PutAsync(name, new Receipt(delivery.Key, messageId, time.GetUtcNow()), cancellationToken);
        logger.LogInformation("Emailed {ReportId} v{Version} for subscription {Subscription}", delivery.ReportId, delivery.Version, delivery.SubscriptionId);
    }
}
