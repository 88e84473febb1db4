using Microsoft.Extensions.DependencyInjection;
using Publishing.Distribution.Email;
using Publishing.Distribution.Feeds;
using Publishing.Distribution.Steps;
using Publishing.Distribution.Stored;
using Publishing.Distribution.Subscriptions;
using Publishing.Distribution.Webhooks;
using Publishing.Hosting.Queues;

namespace Publishing.Hosting;

/// <summary>Feeds, subscriptions and webhook delivery, on the app's storage.</summary>
internal static class DistributionServices
{
    public static void Add(IServiceCollection services, PublishingHostOptions options)
    {
        services.AddSingleton(new FeedOptions { BaseUri = new Uri(options.PublicBaseUrl, "api/") });
        services.AddSingleton<StoredFeedTag>();
        services.AddSingleton<StoredFeedEntries>();
        services.AddSingleton<BlobSubscriptionStore>();
        services.AddSingleton<ISubscriptionDirectory>(s => s.GetRequiredService<BlobSubscriptionStore>());
        services.AddSingleton<BlobDeliveryStore>();
        services.AddSingleton<IDeliveryStore>(s => s.GetRequiredService<BlobDeliveryStore>());
        // Without a configured key the app still runs (statements, summaries, feeds); webhook secrets are then sealed with a
        // key that lives only as long as this process, and the log says so at startup. The key is made when first needed:
        // the random source is OpenSSL, whose loading cost 5-9 ms of a cold start before the first answer.
        services.AddSingleton(_ => new SecretProtectionOptions
        {
            SecretProtectionKey = options.SecretProtectionKey ?? Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
        });
        services.AddSingleton<SecretProtector>();
        services.AddSingleton(options.Webhooks);
        services.AddSingleton(new WebhookUrlOptions { AllowLoopbackHttp = options.AllowLoopbackWebhooks });
        services.AddSingleton(s => new WebhookUrlValidator(s.GetRequiredService<WebhookUrlOptions>()));
        services.AddSingleton<SubscriptionFactory>();
        services.AddSingleton<EndpointCircuitBreakers>();
        services.AddSingleton(s => new RetryBackoff(s.GetRequiredService<WebhookSenderOptions>()));
        services.AddSingleton(s => new WebhookSender(
            GuardedConnect.CreateClient(s.GetRequiredService<WebhookUrlOptions>()),
            s.GetRequiredService<ISubscriptionDirectory>(), s.GetRequiredService<IDeliveryStore>(), s.GetRequiredService<SecretProtector>(),
            s.GetRequiredService<EndpointCircuitBreakers>(), s.GetRequiredService<RetryBackoff>(), s.GetRequiredService<WebhookSenderOptions>(),
            s.GetRequiredService<TimeProvider>()));
        if (options.Smtp is { } smtp) services.AddSingleton(new SmtpSummarySender(smtp));
        services.AddSingleton(s => new EmailDeliverer(
            s.GetService<SmtpSummarySender>(), s.GetRequiredService<StoredFeedEntries>(), s.GetRequiredService<BlobSubscriptionStore>(),
            s.GetRequiredService<Storage.PublishingStorage>(), s.GetRequiredService<TimeProvider>(), s.GetRequiredService<Microsoft.Extensions.Logging.ILogger<EmailDeliverer>>()));
        services.AddSingleton(s => new EmailConfirmationSender(
            s.GetService<SmtpSummarySender>(), s.GetRequiredService<BlobSubscriptionStore>(), s.GetRequiredService<Storage.PublishingStorage>(), s.GetRequiredService<FeedOptions>().BaseUri,
            s.GetRequiredService<TimeProvider>(), s.GetRequiredService<Microsoft.Extensions.Logging.ILogger<EmailConfirmationSender>>()));
        services.AddSingleton<IQueueStep, PublishSummaryStep>();
        services.AddSingleton<IQueueStep, DeliverWebhookStep>();
    }
}
