using MailKit.Net.Smtp;
using MailKit.Security;
using Publishing.Distribution.Feeds;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Distribution.Email;

/// <summary>Sends one summary version (or any composed message) to a subscription's email address over SMTP (MailKit).</summary>
public sealed class SmtpSummarySender(SmtpOptions options)
{
    public async Task<string> SendAsync(FeedEntry entry, Subscription subscription, CancellationToken cancellationToken = default)
    {
        if (subscription.EmailAddress is null) throw new ArgumentException($"Subscription {subscription.Id} has no email address.", nameof(subscription));
        using var message = SummaryEmailComposer.Compose(entry, subscription.EmailAddress, options);
        return await SendAsync(message, cancellationToken);
    }

    public SmtpOptions Options => options;

    public async Task<string> SendAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken = default)
    {
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        var security = options.Security switch
        {
            SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
            SmtpSecurity.None => SecureSocketOptions.None,
            _ => SecureSocketOptions.StartTls,
        };
        await client.ConnectAsync(options.Host, options.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(options.UserName))
            await client.AuthenticateAsync(options.UserName, options.Password ?? "", cancellationToken);
        var serverReply = await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        return serverReply;
    }
}
