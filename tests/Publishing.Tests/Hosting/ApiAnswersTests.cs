using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Publishing.Hosting.Queues;
using Publishing.Storage;
using Publishing.Summaries.Issuing;

namespace Publishing.Tests.Hosting;

/// <summary>
/// What callers meet at the edges: statements for reports not yet published, subscription filters with unknown values,
/// 401s, health while poison messages wait, and a stored summary that cannot be read among good ones.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class ApiAnswersTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private TestServer _server = null!;
    private string _key = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync(azurite.NewStorage());
        _key = await _server.IssueKeyAsync("ADCS");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("northmoor")]
    [InlineData("northmoor-2025-13-40")]
    [InlineData("2025-11-14")]
    [InlineData("northmoor-14-11-2025")]
    public async Task Statement_MalformedReportId_Is422NamingTheField(string report)
    {
        using var response = await PostAsync("/api/statements", $$"""{"text":"We note the report.","speaker":"J Doe","report":"{{report}}"}""");
        Assert.Equal(422, (int)response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty("report", out _));
    }

    [Fact]
    public async Task Statement_ForAReportNotYetPublished_Is202SayingItIsHeldAndUntilWhen()
    {
        // The server's clock stands at 2025-11-14 09:00 UTC; the id names a report published that day, not yet landed.
        using var response = await PostAsync("/api/statements", """{"text":"We await the report.","speaker":"J Doe","report":"eastmoor-2025-11-14"}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var held = (await JsonAsync(response)).GetProperty("held");
        Assert.Equal(new DateTimeOffset(2025, 11, 22, 0, 0, 0, TimeSpan.Zero), held.GetProperty("until").GetDateTimeOffset());
        Assert.Contains("has been published yet: the statement is held", held.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Statement_ForAnUnpublishedReportPastItsHoldingWindow_Is422()
    {
        using var response = await PostAsync("/api/statements", """{"text":"We note the report.","speaker":"J Doe","report":"eastmoor-2025-11-06"}""");
        Assert.Equal(422, (int)response.StatusCode);
        Assert.Contains("held only until 2025-11-14T00:00:00Z", (await JsonAsync(response)).GetProperty("errors").GetProperty("report")[0].GetString());
    }

    [Fact]
    public async Task Statement_ForALandedReport_SaysNothingOfHolding()
    {
        var record = new Reports.ReportRecord
        {
            ReportId = "northmoor-2025-11-14", BlobName = "northmoor-2025-11-14.pdf", ContentHash = "h", RecordedAt = _server.Time.GetUtcNow(), Revision = 1,
            Report = Summaries.SummaryFixtures.Sample(),
        };
        Assert.True(await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Reports.ReportRecordStore>(_server.Services).TryAddAsync(record));
        using var response = await PostAsync("/api/statements", """{"text":"We welcome the report.","speaker":"J Doe","report":"northmoor-2025-11-14"}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.False((await JsonAsync(response)).TryGetProperty("held", out _));
    }

    [Theory]
    [InlineData("""{"grades":["bogus"]}""", "filter.grades")]
    [InlineData("""{"grades":["Good"]}""", "filter.grades")]
    [InlineData("""{"regions":["atlantis"]}""", "filter.regions")]
    [InlineData("""{"councils":["Not A Key"]}""", "filter.councils")]
    [InlineData("""{"issues":"sometimes"}""", "filter.issues")]
    public async Task Subscription_UnknownFilterValue_Is422NamingTheField(string filter, string field)
    {
        using var response = await PostAsync("/api/subscriptions", $$"""{"webhookUrl":"http://127.0.0.1:9/hook","filter":{{filter}}}""");
        Assert.Equal(422, (int)response.StatusCode);
        Assert.True((await JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), field);
    }

    [Fact]
    public async Task Subscription_EveryKnownValue_IsAccepted()
    {
        var grades = string.Join(",", Publishing.Distribution.Subscriptions.SubscriptionVocabulary.Grades.Select(g => $"\"{g}\""));
        var regions = string.Join(",", Publishing.Distribution.Subscriptions.SubscriptionVocabulary.Regions.Select(r => $"\"{r}\""));
        using var response = await PostAsync("/api/subscriptions",
            $$$"""{"webhookUrl":"http://127.0.0.1:9/hook","filter":{"grades":[{{{grades}}}],"regions":[{{{regions}}}],"councils":["barking-and-dagenham"],"issues":"first"}}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Unauthorized_NamesTheBearerScheme()
    {
        using var response = await _server.Client.PostAsync("/api/subscriptions", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task Health_WhilePoisonMessagesWait_IsDegradedAndSaysWhere()
    {
        var healthy = await JsonAsync(await _server.Client.GetAsync("/api/health"));
        Assert.Equal("healthy", healthy.GetProperty("status").GetString());

        var names = _server.Storage.Names;
        await _server.Storage.Queue(StorageNames.PoisonQueueOf(names.PublishQueue))
            .SendMessageAsync(new PoisonEnvelope(names.PublishQueue, "{}", "JsonException: unreadable", 5, _server.Time.GetUtcNow(), "m1").ToJson());
        using var response = await _server.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var degraded = await JsonAsync(response);
        Assert.Equal("degraded", degraded.GetProperty("status").GetString());
        Assert.Contains(StorageNames.PoisonQueueOf(names.PublishQueue), degraded.GetProperty("attention")[0].GetString());
    }

    [Fact]
    public async Task UnreadableStoredSummary_IsLeftOutOfTheFeeds_AndItsVersionSaysUnread()
    {
        var good = Summaries.SummaryFixtures.Compose(Summaries.SummaryFixtures.Sample(), asAt: _server.Time.GetUtcNow());
        Assert.True(await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<SummaryVersionStore>(_server.Services).TryAddAsync(good));
        await _server.Storage.Container(_server.Storage.Names.Summaries).GetBlobClient(SummaryVersionStore.PathOf("brokenshire-2025-11-14", 1, "json"))
            .UploadAsync(BinaryData.FromString("""{"reportId":"brokenshire-2025-11-14","version":1}"""));

        using var feed = await _server.Client.GetAsync("/api/feeds/all.atom");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var atom = await feed.Content.ReadAsStringAsync();
        Assert.Contains("summary/northmoor-2025-11-14", atom);
        Assert.DoesNotContain("brokenshire", atom);

        using var versions = await _server.Client.GetAsync("/api/summaries/brokenshire-2025-11-14/versions");
        Assert.Equal(HttpStatusCode.OK, versions.StatusCode);
        Assert.Contains("could not be read", (await JsonAsync(versions)).GetProperty("versions")[0].GetProperty("unread").GetString());
    }

    private async Task<HttpResponseMessage> PostAsync(string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        return await _server.Client.SendAsync(request);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
