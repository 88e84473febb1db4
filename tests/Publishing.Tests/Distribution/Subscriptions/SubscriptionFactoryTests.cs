using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Tests.Distribution.Subscriptions;

public class SubscriptionFactoryTests
{
    private readonly SecretProtector _protector =
        new(new SecretProtectionOptions { SecretProtectionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });

    private SubscriptionFactory Factory() => new(
        new WebhookUrlValidator(new WebhookUrlOptions(), (_, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.215.20") })),
        _protector,
        new FakeTimeProvider(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task CreateAsync_WebhookAndEmail_ShowsSecretOnceAndStoresItSealed()
    {
        var (created, errors) = await Factory().CreateAsync(new SubscriptionRequest(
            "National Union of Social Workers", "https://hooks.union.example/ofsted", " Press.Office@union.example ",
            new SubscriptionFilter { Councils = ["Northmoor", "King's Lynn"], Grades = ["Requires improvement to be good"] }));

        Assert.Empty(errors);
        var subscription = created!.Subscription;
        Assert.StartsWith("whsec_", created.WebhookSecretShownOnce);
        Assert.DoesNotContain(created.WebhookSecretShownOnce!["whsec_".Length..], subscription.ProtectedWebhookSecret);
        Assert.Equal(created.WebhookSecretShownOnce, _protector.Unprotect(subscription.ProtectedWebhookSecret!, subscription.Id));
        Assert.Equal("Press.Office@union.example", subscription.EmailAddress);
        Assert.Equal(["northmoor", "kings-lynn"], subscription.Filter.Councils);
        Assert.Equal(["requires-improvement-to-be-good"], subscription.Filter.Grades);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero), subscription.CreatedAt);
        Assert.True(subscription.IsActive);
    }

    [Fact]
    public async Task CreateAsync_EmailOnly_HasNoSecret()
    {
        var (created, errors) = await Factory().CreateAsync(new SubscriptionRequest("Council press office", null, "press@northmoor.example"));

        Assert.Empty(errors);
        Assert.Null(created!.WebhookSecretShownOnce);
        Assert.Null(created.Subscription.ProtectedWebhookSecret);
    }

    [Fact]
    public async Task CreateAsync_SeveralProblems_ReportsEveryOne()
    {
        var (created, errors) = await Factory().CreateAsync(new SubscriptionRequest(" ", "http://10.0.0.1/hook", "not-an-address"));

        Assert.Null(created);
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.Contains("owner body", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("https", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("not-an-address", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateAsync_NeitherWebhookNorEmail_Refused()
    {
        var (created, errors) = await Factory().CreateAsync(new SubscriptionRequest("Union", null, null));

        Assert.Null(created);
        Assert.Contains("webhook URL, an email address", Assert.Single(errors));
    }
}
