using System.Net;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Hosting.Http;
using Publishing.Hosting.Local;
using Publishing.Statements.Keys;
using Publishing.Storage;
using Publishing.Tests.Hosting;
using Publishing.Tests.Pipeline;
using Xunit.Abstractions;

namespace Publishing.Tests.Security;

/// <summary>
/// A realistic session — keys issued and used (good, bad, revoked), statements including an embargoed one, a
/// subscription and its webhook delivered, a failing receiver, then a storage outage — with every log line and scope
/// captured. No API key, key secret, webhook secret, protection key or embargoed text may appear in any of them, nor
/// in clear anywhere in storage; keys at rest are salted HMAC-SHA256 hashes.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class SecretHygieneTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private const string EmbargoedText = "Under embargo: the director will resign at noon on publication day.";

    [Fact]
    public async Task RealisticSession_LogsAndStorage_HoldNoSecretAndNoEmbargoedText()
    {
        var data = Directory.CreateTempSubdirectory("azurite-secrets-");
        await using var ownAzurite = new AzuriteLauncher(Path.Combine(RepositoryPaths.Root, "infra", "azurite"), data.FullName);
        await ownAzurite.StartAsync();
        var logs = new CapturingLoggerProvider();
        await using var receiver = await LoopbackReceiver.StartAsync();
        var storage = new StorageOptions { ConnectionString = ownAzurite.ConnectionString, NamePrefix = "sec", MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(2) };
        await using var server = await TestServer.StartAsync(storage, o => o with
        {
            RunsPipelineLocally = true,
            RateLimit = new RateLimitOptions { PermitsPerSecond = 1000, Burst = 1000 },
        }, logs.Register);

        var owner = await server.IssueKeyAsync("Northmoor Council", "council");
        var other = await server.IssueKeyAsync("ADCS");
        var revoked = await server.IssueKeyAsync("BASW");
        ApiKeySecret.TryParse(revoked, out var revokedParts);
        await server.Services.GetRequiredService<ApiKeyStore>().RevokeAsync(revokedParts.KeyId);
        var wrongSecret = owner[..owner.LastIndexOf('_')] + "_" + new string('Z', 43);

        var (_, webhookSecret) = await SecurityApi.SubscribeAsync(server, owner, receiver.Url);
        var (_, deadSecret) = await SecurityApi.SubscribeAsync(server, other, new Uri("http://127.0.0.1:9/unreachable"));
        await SecurityApi.SubmitAsync(server, owner, SecurityApi.Statement("We welcome the inspectors' recognition of our adoption service."));
        await SecurityApi.SubmitAsync(server, owner, SecurityApi.Statement(EmbargoedText, embargoUntil: server.Time.GetUtcNow().AddDays(2)));
        using (var viaHeader = SecurityApi.Request(HttpMethod.Post, "/api/statements", null, SecurityApi.Statement("Sent with X-Api-Key.")))
        {
            viaHeader.Headers.Add("X-Api-Key", other);
            Assert.Equal(HttpStatusCode.Accepted, (await server.Client.SendAsync(viaHeader)).StatusCode);
        }
        foreach (var bad in new[] { revoked, wrongSecret, "pk_nosuchkey_" + new string('Q', 43) })
            Assert.Equal(HttpStatusCode.Unauthorized, (await SecurityApi.SendAsync(server, HttpMethod.Post, "/api/statements", bad, SecurityApi.Statement("Refused."))).Status);
        Assert.Equal(HttpStatusCode.OK, (await SecurityApi.SendAsync(server, HttpMethod.Get, $"/api/statements?report={SecurityApi.Report}", owner)).Status);

        await SecurityApi.UploadSampleReportAsync(server);
        await SecurityApi.WaitForSummaryAsync(server, s => s.GetRawText().Contains("adoption service", StringComparison.Ordinal));
        await SecurityApi.WaitAsync(() => receiver.Received.IsEmpty ? null : "delivered", "the webhook delivery");
        await SecurityApi.WaitAsync(() => logs.Lines.Count(l => l.Contains("Webhook msg_", StringComparison.Ordinal)) >= 2 ? "logged" : null,
            "log lines for both deliveries, the failing one included");

        var atRest = await StorageContents.ReadAllAsync(server.Storage);
        await ownAzurite.StopAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await SecurityApi.SendAsync(server, HttpMethod.Post, "/api/statements", owner, SecurityApi.Statement(EmbargoedText, embargoUntil: server.Time.GetUtcNow().AddDays(2)))).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await SecurityApi.SendAsync(server, HttpMethod.Get, "/api/subscriptions", other)).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await server.Client.GetAsync("/api/health")).StatusCode);
        await Task.Delay(1500); // let the background processors log their polling failures too

        var protectionKey = server.Services.GetRequiredService<Publishing.Hosting.PublishingHostOptions>().SecretProtectionKey!;
        var secrets = new Dictionary<string, string>
        {
            ["owner's API key"] = owner,
            ["other body's API key"] = other,
            ["revoked API key"] = revoked,
            ["presented wrong key"] = wrongSecret,
            ["webhook secret"] = webhookSecret,
            ["webhook secret's key"] = webhookSecret["whsec_".Length..],
            ["failing subscription's webhook secret"] = deadSecret,
            ["secret protection key"] = protectionKey,
            ["embargoed statement text"] = EmbargoedText,
        };
        foreach (var key in new[] { owner, other, revoked })
        {
            ApiKeySecret.TryParse(key, out var parts);
            secrets[$"secret part of {parts.KeyId}"] = parts.Secret;
        }

        var lines = logs.Lines.ToList();
        output.WriteLine($"{lines.Count} log events captured; {atRest.Count} blobs, entities and messages scanned at rest");
        Assert.True(lines.Count >= 20, $"only {lines.Count} log events were captured");
        Assert.Contains(lines, l => l.Contains("Issued summary", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Storage unreachable", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("scopes: ", StringComparison.Ordinal) && l.Contains("InvocationId", StringComparison.Ordinal));

        var leaks = secrets.SelectMany(s => lines.Where(l => l.Contains(s.Value, StringComparison.Ordinal)).Select(l => $"log: {s.Key} in: {l[..Math.Min(300, l.Length)]}")).ToList();
        var clear = secrets.Where(s => s.Key != "embargoed statement text")
            .SelectMany(s => atRest.Where(r => r.Text.Contains(s.Value, StringComparison.Ordinal)).Select(r => $"storage: {s.Key} in clear in {r.Where}")).ToList();
        Assert.True(leaks.Count + clear.Count == 0, string.Join("\n", leaks.Concat(clear).Take(30)));
        Assert.Contains(atRest, r => r.Where.Contains("subscriptions", StringComparison.Ordinal));
        Assert.Contains(atRest, r => r.Where.Contains("/keys/", StringComparison.Ordinal));
        data.Delete(recursive: true);
    }

    [Fact]
    public async Task IssuedKeys_AtRest_AreSaltedHmacSha256WithADistinctSaltEach()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        var keys = new[] { await server.IssueKeyAsync("ADCS"), await server.IssueKeyAsync("ADCS") };
        var salts = new List<string>();
        foreach (var key in keys)
        {
            ApiKeySecret.TryParse(key, out var parts);
            var stored = (await server.Storage.Container(server.Storage.Names.State).GetBlobClient($"keys/{parts.KeyId}.json").DownloadContentAsync()).Value.Content.ToString();
            using var record = System.Text.Json.JsonDocument.Parse(stored);
            var salt = record.RootElement.GetProperty("salt").GetBytesFromBase64();
            Assert.Equal(16, salt.Length);
            Assert.Equal(HMACSHA256.HashData(salt, System.Text.Encoding.UTF8.GetBytes(parts.Secret)), record.RootElement.GetProperty("hash").GetBytesFromBase64());
            Assert.DoesNotContain(parts.Secret, stored, StringComparison.Ordinal);
            salts.Add(Convert.ToBase64String(salt));
        }
        Assert.Equal(2, salts.Distinct().Count());
    }
}
