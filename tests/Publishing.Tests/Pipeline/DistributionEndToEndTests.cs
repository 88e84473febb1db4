using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Publishing.Distribution.Webhooks;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Pipeline;

/// <summary>A report lands; its summary reaches the feeds (API and static blobs) and a subscriber's webhook, signed.</summary>
[Collection(StorageCollection.Name)]
public sealed class DistributionEndToEndTests(AzuriteFixture azurite)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly string SamplePdf = Path.Combine(RepositoryPaths.Root, "samples", "reports", "northmoor-2025-11-14.pdf");

    [Fact]
    public async Task ReportLanding_ReachesTheFeedsAndASignedWebhook_AndEveryFeedLinkResolves()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true });
        var key = await server.IssueKeyAsync("Northmoor Council", "council");
        var secret = await SubscribeAsync(server, key, receiver.Url, """{"councils":["northmoor"]}""");
        await SubscribeAsync(server, await server.IssueKeyAsync("Elsewhere Press", "independent"), receiver.Url, """{"councils":["somewhere-else"]}""");

        await server.Storage.Container(server.Storage.Names.Reports).GetBlobClient("northmoor-2025-11-14.pdf")
            .UploadAsync(BinaryData.FromBytes(File.ReadAllBytes(SamplePdf)));

        var delivery = await WaitAsync(() => receiver.Received.TryPeek(out var d) ? d : default((Dictionary<string, string> Headers, string Body)?));
        var verification = new WebhookReceiver(secret, server.Time).Verify(delivery.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value)), delivery.Body);
        Assert.True(verification.IsValid, verification.Reason);
        Assert.Contains("northmoor-2025-11-14", delivery.Body);
        await Task.Delay(1500);
        Assert.Single(receiver.Received); // the other body's filter did not match

        using var atom = await server.Client.GetAsync("/api/feeds/all.atom");
        Assert.Equal(HttpStatusCode.OK, atom.StatusCode);
        var feed = XDocument.Parse(await atom.Content.ReadAsStringAsync());
        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"));
        Assert.Contains("Northmoor", entry.Element(Atom + "title")!.Value);
        foreach (var href in feed.Descendants(Atom + "link").Select(l => l.Attribute("href")!.Value).Distinct())
        {
            using var linked = await server.Client.GetAsync(href);
            Assert.True(linked.StatusCode == HttpStatusCode.OK, $"{href} answered {(int)linked.StatusCode}");
        }

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/feeds/council/northmoor.json");
        var first = await server.Client.GetAsync("/api/feeds/council/northmoor.json");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await server.Client.SendAsync(conditional)).StatusCode);

        var staticFeed = server.Storage.Container(server.Storage.Names.Feeds).GetBlobClient("all.atom");
        Assert.True((await staticFeed.ExistsAsync()).Value);
        Assert.Equal("Northmoor", XDocument.Parse((await staticFeed.DownloadContentAsync()).Value.Content.ToString())
            .Root!.Element(Atom + "entry")!.Element(Atom + "title")!.Value.Split(' ')[0].Split(':')[0]);
    }

    [Fact]
    public async Task EmailSubscription_GetsTheSummaryOnceByMail()
    {
        await using var smtp = new Distribution.Email.LoopbackSmtpServer();
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with
        {
            RunsPipelineLocally = true,
            Smtp = new Publishing.Distribution.Email.SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = Publishing.Distribution.Email.SmtpSecurity.None },
        });
        var key = await server.IssueKeyAsync("Northmoor Council", "council");
        using (var request = Request(HttpMethod.Post, "/api/subscriptions", key))
        {
            request.Content = new StringContent("""{"email":"press@northmoor.example","filter":{"councils":["northmoor"]}}""", Encoding.UTF8, "application/json");
            Assert.Equal(HttpStatusCode.Created, (await server.Client.SendAsync(request)).StatusCode);
        }
        // Double opt-in: the address's owner follows the mailed link first (Security/EmailOptInTests).
        await Distribution.Email.EmailConfirmation.ConfirmAsync(server.Client, smtp, TimeSpan.FromSeconds(60));
        await server.Storage.Container(server.Storage.Names.Reports).GetBlobClient("northmoor-2025-11-14.pdf")
            .UploadAsync(BinaryData.FromBytes(File.ReadAllBytes(SamplePdf)));

        var mail = await WaitAsync(() => smtp.Messages.TryPeek(out var m) ? m : null);
        Assert.Equal(["<press@northmoor.example>"], mail.Recipients); // the envelope recipient as RCPT TO carries it
        Assert.Contains("Northmoor", mail.Message.Subject);
        Assert.NotNull(mail.Message.HtmlBody);
        Assert.NotNull(mail.Message.TextBody);
        await Task.Delay(1500);
        Assert.Single(smtp.Messages);
    }

    [Fact]
    public async Task Subscriptions_AreEachBodysOwn()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        var owner = await server.IssueKeyAsync("BASW");
        var other = await server.IssueKeyAsync("Unison", "union");
        await SubscribeAsync(server, owner, new Uri("http://127.0.0.1:9/hook"), "{}");
        using var unauthenticated = await server.Client.GetAsync("/api/subscriptions");
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);

        using var mine = Request(HttpMethod.Get, "/api/subscriptions", owner);
        var list = JsonDocument.Parse(await (await server.Client.SendAsync(mine)).Content.ReadAsStringAsync()).RootElement;
        var id = list.GetProperty("subscriptions")[0].GetProperty("id").GetString();
        Assert.DoesNotContain("whsec_", list.GetRawText());
        Assert.DoesNotContain("protected", list.GetRawText(), StringComparison.OrdinalIgnoreCase);

        using var theirs = Request(HttpMethod.Get, "/api/subscriptions", other);
        Assert.Equal(0, JsonDocument.Parse(await (await server.Client.SendAsync(theirs)).Content.ReadAsStringAsync()).RootElement.GetProperty("count").GetInt32());
        using var steal = Request(HttpMethod.Delete, $"/api/subscriptions/{id}", other);
        Assert.Equal(HttpStatusCode.Forbidden, (await server.Client.SendAsync(steal)).StatusCode);
        using var pause = Request(HttpMethod.Patch, $"/api/subscriptions/{id}", owner);
        pause.Content = new StringContent("""{"paused":true}""", Encoding.UTF8, "application/json");
        Assert.True(JsonDocument.Parse(await (await server.Client.SendAsync(pause)).Content.ReadAsStringAsync()).RootElement.GetProperty("paused").GetBoolean());
        using var delete = Request(HttpMethod.Delete, $"/api/subscriptions/{id}", owner);
        Assert.Equal(HttpStatusCode.NoContent, (await server.Client.SendAsync(delete)).StatusCode);
    }

    [Fact]
    public async Task Subscribe_InternalAddressWithoutTheLocalAllowance_IsRefusedWith422()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { AllowLoopbackWebhooks = false });
        var key = await server.IssueKeyAsync("BASW");
        using var request = Request(HttpMethod.Post, "/api/subscriptions", key);
        request.Content = new StringContent("""{"webhookUrl":"http://169.254.169.254/latest/meta-data"}""", Encoding.UTF8, "application/json");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(422, (int)response.StatusCode);
    }

    private static async Task<string> SubscribeAsync(TestServer server, string key, Uri webhook, string filter)
    {
        using var request = Request(HttpMethod.Post, "/api/subscriptions", key);
        request.Content = new StringContent($$"""{"webhookUrl":"{{webhook}}","filter":{{filter}}}""", Encoding.UTF8, "application/json");
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        var secret = JsonDocument.Parse(text).RootElement.GetProperty("webhookSecret").GetString()!;
        Assert.StartsWith("whsec_", secret);
        return secret;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string key)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    private static async Task<T> WaitAsync<T>(Func<T?> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } value) return value;
            await Task.Delay(100);
        }
        throw new TimeoutException("Nothing arrived within 60 s.");
    }

    private static async Task<T> WaitAsync<T>(Func<T?> probe, int _ = 0) where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } value) return value;
            await Task.Delay(100);
        }
        throw new TimeoutException("Nothing arrived within 60 s.");
    }
}
