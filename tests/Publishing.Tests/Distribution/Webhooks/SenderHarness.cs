using System.Security.Cryptography;
using Publishing.Distribution.Feeds;
using Publishing.Distribution.Subscriptions;
using Publishing.Distribution.Webhooks;

namespace Publishing.Tests.Distribution.Webhooks;

/// <summary>A <see cref="WebhookSender"/> wired to in-memory stores and a loopback-permitting HTTP client.</summary>
internal sealed class SenderHarness : IDisposable
{
    private readonly HttpClient _http;
    private readonly List<Subscription> _subscriptions = [];

    public SenderHarness(TimeProvider time, WebhookSenderOptions? options = null, bool allowLoopback = true)
    {
        _http = GuardedConnect.CreateClient(new WebhookUrlOptions { AllowLoopbackHttp = allowLoopback });
        Time = time;
        Options = options ?? Fast();
        Protector = new SecretProtector(new SecretProtectionOptions { SecretProtectionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });
    }

    public TimeProvider Time { get; }
    public WebhookSenderOptions Options { get; }
    public SecretProtector Protector { get; }
    public InMemoryDeliveryStore Store { get; } = new();
    public InMemorySubscriptionDirectory Directory { get; private set; } = new([]);
    public WebhookSender Sender { get; private set; } = null!;

    /// <summary>Short delays so in-process retries finish in milliseconds; the breaker stays out of the way unless a test tunes it.</summary>
    public static WebhookSenderOptions Fast() => new()
    {
        MaxAttempts = 5,
        BaseDelay = TimeSpan.FromMilliseconds(20),
        MaxDelay = TimeSpan.FromSeconds(5),
        // Generous: a loaded CI machine once took over 10 s to answer an attempt, which the sender then retried.
        AttemptTimeout = TimeSpan.FromSeconds(60),
        BreakerMinimumThroughput = 100,
    };

    /// <summary><see cref="Fast"/> with a breaker that opens after two failures in a row and stays open a while.</summary>
    public static WebhookSenderOptions QuickBreaker(TimeSpan breakDuration)
    {
        var options = Fast();
        options.BreakerMinimumThroughput = 2;
        options.BreakerFailureRatio = 0.5;
        options.BreakerSamplingDuration = TimeSpan.FromMinutes(1);
        options.BreakerBreakDuration = breakDuration;
        return options;
    }

    public (Subscription Subscription, string Secret) Subscribe(Uri url, SubscriptionFilter? filter = null, bool paused = false)
    {
        var id = $"sub_test{_subscriptions.Count}";
        var secret = WebhookSecret.Generate();
        var subscription = new Subscription
        {
            Id = id,
            OwnerBodyName = "Test union",
            Paused = paused,
            WebhookUrl = url,
            ProtectedWebhookSecret = Protector.Protect(secret, id),
            Filter = filter ?? SubscriptionFilter.Everything,
            CreatedAt = Time.GetUtcNow(),
        };
        _subscriptions.Add(subscription);
        Directory = new InMemorySubscriptionDirectory(_subscriptions);
        Sender = new WebhookSender(_http, Directory, Store, Protector, new EndpointCircuitBreakers(Options, Time), new RetryBackoff(Options), Options, Time);
        return (subscription, secret);
    }

    public static FeedEntry Entry(string council = "Northmoor", string region = "North West", string? grade = "Good", int version = 1, DateTimeOffset? availableFrom = null)
    {
        var published = TimeProvider.System.GetUtcNow().AddDays(-1);
        return TestEntries.Make(council, region, grade, published, version, updated: published.AddHours(version - 1), availableFrom: availableFrom ?? published);
    }

    public void Dispose() => _http.Dispose();
}
