using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Publishing.Distribution.Webhooks;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Pipeline;

/// <summary>
/// A real focused visit letter with areas for priority action (Shropshire, January 2024, from the development part of
/// the corpus) dropped into the stored pipeline on Azurite: it reaches the type feed and a subscriber who asked for
/// focused visits, led by its priority actions and with no grade; a subscriber who asked for inspections only gets nothing.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class FocusedVisitPipelineTests(AzuriteFixture azurite)
{
    private const string Letter = "shropshire-2024-01-12.pdf";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [SkippableFact]
    public async Task FocusedVisitWithPriorityActions_ReachesTheFeedsAndAWebhook_PriorityActionsFirst_NoGrade()
    {
        var pdf = Path.Combine(RepositoryPaths.SharedCorpus, "focused-visits", Letter);
        Skip.IfNot(File.Exists(pdf), RepositoryPaths.CorpusMissing);
        await using var visits = await LoopbackReceiver.StartAsync();
        await using var inspectionsOnly = await LoopbackReceiver.StartAsync();
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true });
        var secret = await SubscribeAsync(server, await server.IssueKeyAsync("Shropshire Council", "council"), visits.Url, """{"documentTypes":["inspection","focused-visit"]}""");
        await SubscribeAsync(server, await server.IssueKeyAsync("Regional Press", "independent"), inspectionsOnly.Url, """{"documentTypes":["inspection"]}""");

        await server.Storage.Container(server.Storage.Names.Reports).GetBlobClient(Letter).UploadAsync(BinaryData.FromBytes(File.ReadAllBytes(pdf)));

        var delivery = await WaitAsync(() => visits.Received.TryPeek(out var d) ? d : default((Dictionary<string, string> Headers, string Body)?));
        Assert.True(new WebhookReceiver(secret, server.Time).Verify(delivery.Headers.Select(h => KeyValuePair.Create(h.Key, h.Value)), delivery.Body).IsValid);
        var data = JsonDocument.Parse(delivery.Body).RootElement.GetProperty("data");
        Assert.Equal("focused-visit", data.GetProperty("documentType").GetString());
        Assert.False(data.TryGetProperty("overallGrade", out _), "a focused visit has no grade");
        Assert.Contains("priority action", data.GetProperty("title").GetString());
        var summary = string.Join(' ', data.GetProperty("summary").GetString()!.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        // The letter's one area for priority action comes before anything else the summary says about the visit.
        var priority = summary.IndexOf("Weaknesses in child protection practice", StringComparison.Ordinal);
        Assert.True(priority >= 0, summary);
        Assert.True(priority < summary.IndexOf("focused visit to Shropshire", StringComparison.Ordinal), summary);
        Assert.Contains("A focused visit gives no grade.", summary);
        foreach (var grade in new[] { "Outstanding", "Requires improvement", "Inadequate" })
            Assert.DoesNotContain(grade, summary[..priority]);

        using var typeFeed = await server.Client.GetAsync("/api/feeds/type/focused-visit.atom");
        Assert.Equal(HttpStatusCode.OK, typeFeed.StatusCode);
        var entry = Assert.Single(XDocument.Parse(await typeFeed.Content.ReadAsStringAsync()).Root!.Elements(Atom + "entry"));
        Assert.Contains("Shropshire", entry.Element(Atom + "title")!.Value);
        Assert.Empty(await EntriesAsync(server, "/api/feeds/type/inspection.atom"));
        Assert.Empty(await EntriesAsync(server, "/api/feeds/grade/none.atom"));
        Assert.Single(await EntriesAsync(server, "/api/feeds/all.atom"));

        await Task.Delay(1500);
        Assert.Empty(inspectionsOnly.Received);
    }

    [SkippableFact]
    public async Task AreaSendInspection_ReachesItsTypeFeed_WithTheOutcomeInTheInspectoratesWords_InNoGradeFeed()
    {
        const string report = "bury-2024-05-07.pdf"; // development part; outcome "significant concerns"
        var pdf = Path.Combine(RepositoryPaths.SharedCorpus, "area-send", report);
        Skip.IfNot(File.Exists(pdf), RepositoryPaths.CorpusMissing);
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true });
        await server.Storage.Container(server.Storage.Names.Reports).GetBlobClient(report).UploadAsync(BinaryData.FromBytes(File.ReadAllBytes(pdf)));

        var entries = await WaitAsync(async () => (await EntriesAsync(server, "/api/feeds/type/area-send.atom")) is { Count: > 0 } found ? found : null);
        var entry = Assert.Single(entries);
        Assert.Contains("significant concerns", entry.Element(Atom + "title")!.Value);
        Assert.Contains("There are widespread and/or systemic failings leading to significant concerns", entry.Element(Atom + "content")!.Value);
        Assert.Empty(await EntriesAsync(server, "/api/feeds/grade/none.atom"));
        Assert.Empty(await EntriesAsync(server, "/api/feeds/type/inspection.atom"));
    }

    [Fact]
    public async Task Subscribe_UnknownDocumentType_IsRefusedWith422NamingTheVocabulary()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        using var request = Request(HttpMethod.Post, "/api/subscriptions", await server.IssueKeyAsync("BASW"));
        request.Content = new StringContent("""{"webhookUrl":"http://127.0.0.1:9/hook","filter":{"documentTypes":["focused-visits"]}}""", Encoding.UTF8, "application/json");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(422, (int)response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("filter.documentTypes", body);
        Assert.Contains("focused-visit,", body);
    }

    private static async Task<List<XElement>> EntriesAsync(TestServer server, string path)
    {
        using var response = await server.Client.GetAsync(path);
        if (response.StatusCode == HttpStatusCode.NotFound) return [];
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Elements(Atom + "entry").ToList();
    }

    private static async Task<string> SubscribeAsync(TestServer server, string key, Uri webhook, string filter)
    {
        using var request = Request(HttpMethod.Post, "/api/subscriptions", key);
        request.Content = new StringContent($$"""{"webhookUrl":"{{webhook}}","filter":{{filter}}}""", Encoding.UTF8, "application/json");
        using var response = await server.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("webhookSecret").GetString()!;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string key)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    private static async Task<T> WaitAsync<T>(Func<Task<T?>> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (await probe() is { } value) return value;
            await Task.Delay(250);
        }
        throw new TimeoutException("Nothing arrived within 90 s.");
    }

    private static async Task<T> WaitAsync<T>(Func<T?> probe) where T : struct
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } value) return value;
            await Task.Delay(100);
        }
        throw new TimeoutException("Nothing arrived within 90 s.");
    }
}
