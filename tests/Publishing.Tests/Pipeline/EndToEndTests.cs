using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Publishing.Summaries.Issuing;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Pipeline;

/// <summary>
/// The whole pipeline on one machine, as <c>publishing serve</c> runs it: a PDF lands in the reports container (Azurite),
/// the watcher reads and records it, the queue steps compose and issue its summary, and the API serves it.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class EndToEndTests(AzuriteFixture azurite)
{
    private static readonly string SamplePdf = Path.Combine(RepositoryPaths.Root, "samples", "reports", "northmoor-2025-11-14.pdf");

    [SkippableFact]
    public async Task CorpusReport_UploadedToStorage_HasItsSummaryPublished()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var pdf = Path.Combine(RepositoryPaths.SharedCorpus, "reports", "barnsley-2023-10-27.pdf");
        Skip.IfNot(File.Exists(pdf), $"{pdf} is not in the corpus");
        await using var server = await StartAsync(outcomes: Path.Combine(RepositoryPaths.SharedCorpus, "ofsted-outcomes"));
        await UploadAsync(server, "barnsley-2023-10-27.pdf", File.ReadAllBytes(pdf));

        var json = await WaitForSummaryAsync(server, "barnsley-2023-10-27");
        Assert.Equal("Barnsley", json.GetProperty("council").GetString());
        Assert.Equal(1, json.GetProperty("version").GetInt32());
        var html = await server.Client.GetAsync("/api/summaries/barnsley-2023-10-27.html");
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Barnsley", await html.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StatementBeforeItsReport_IsHeldAndAppearsInTheSummaryWhenTheReportLands()
    {
        await using var server = await StartAsync();
        var key = await server.IssueKeyAsync("Northmoor Council", "council");
        using (var post = await PostStatementAsync(server, key, "We welcome the inspectors' recognition of our strong adoption service.", null))
            Assert.Equal(HttpStatusCode.Accepted, post.StatusCode);

        await UploadAsync(server, "northmoor-2025-11-14.pdf", File.ReadAllBytes(SamplePdf));
        var summary = await WaitForSummaryAsync(server, "northmoor-2025-11-14", s => s.GetRawText().Contains("strong adoption service"));
        Assert.Contains("Northmoor Council", summary.GetRawText());
    }

    [Fact]
    public async Task SameReportTwice_GivesOneRecordAndOneSummaryVersion_AndAStatementIssuesTheNext()
    {
        await using var server = await StartAsync();
        var pdf = File.ReadAllBytes(SamplePdf);
        await UploadAsync(server, "northmoor-2025-11-14.pdf", pdf);
        await WaitForSummaryAsync(server, "northmoor-2025-11-14");
        await UploadAsync(server, "northmoor-2025-11-14.pdf", pdf); // a second BlobCreated for the same content
        await Task.Delay(TimeSpan.FromSeconds(2));
        var versions = server.Services.GetService(typeof(SummaryVersionStore)) as SummaryVersionStore;
        Assert.Equal([1], await versions!.ListVersionsAsync("northmoor-2025-11-14"));

        var key = await server.IssueKeyAsync("BASW", "sector-body");
        await PostStatementAsync(server, key, "Social workers in Northmoor deserve credit for this.", null);
        var second = await WaitForSummaryAsync(server, "northmoor-2025-11-14", s => s.GetProperty("version").GetInt32() == 2);
        Assert.Contains("Statement added from BASW", second.GetProperty("changeNote").GetString());
    }

    [Fact]
    public async Task EmbargoedStatement_StaysOutOfTheSummaryUntilItsTime()
    {
        await using var server = await StartAsync();
        await UploadAsync(server, "northmoor-2025-11-14.pdf", File.ReadAllBytes(SamplePdf));
        await WaitForSummaryAsync(server, "northmoor-2025-11-14");
        var key = await server.IssueKeyAsync("ADCS");
        await PostStatementAsync(server, key, "Embargoed reaction to the Northmoor report.", server.Time.GetUtcNow().AddHours(1));
        await Task.Delay(TimeSpan.FromSeconds(3));
        var during = await WaitForSummaryAsync(server, "northmoor-2025-11-14");
        Assert.DoesNotContain("Embargoed reaction", during.GetRawText());

        server.Time.Advance(TimeSpan.FromHours(1));
        await server.Services.GetRequiredServiceOf<ComposeQueue>().ReportRecordedAsync("northmoor-2025-11-14", "test: embargo time", CancellationToken.None);
        var after = await WaitForSummaryAsync(server, "northmoor-2025-11-14", s => s.GetRawText().Contains("Embargoed reaction"));
        Assert.True(after.GetProperty("version").GetInt32() >= 2);
    }

    private Task<TestServer> StartAsync(string? outcomes = null) =>
        TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true, OutcomesDirectory = outcomes });

    private static async Task UploadAsync(TestServer server, string name, byte[] content) =>
        await server.Storage.Container(server.Storage.Names.Reports).GetBlobClient(name).UploadAsync(BinaryData.FromBytes(content), overwrite: true);

    private static async Task<HttpResponseMessage> PostStatementAsync(TestServer server, string key, string text, DateTimeOffset? embargo)
    {
        var body = new Dictionary<string, object?> { ["text"] = text, ["speaker"] = "Sam Example", ["role"] = "Spokesperson", ["report"] = "northmoor-2025-11-14" };
        if (embargo is { } at) body["embargoUntil"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/statements") { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await server.Client.SendAsync(request);
    }

    private static async Task<JsonElement> WaitForSummaryAsync(TestServer server, string reportId, Func<JsonElement, bool>? until = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        JsonElement last = default;
        while (DateTime.UtcNow < deadline)
        {
            using var response = await server.Client.GetAsync($"/api/summaries/{reportId}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                last = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (until is null || until(last)) return last;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No summary for {reportId} matching the condition within 60 s; last: {(last.ValueKind == JsonValueKind.Undefined ? "none" : last.GetRawText()[..Math.Min(400, last.GetRawText().Length)])}");
    }
}

internal static class ServiceProviderExtensions
{
    public static T GetRequiredServiceOf<T>(this IServiceProvider services) where T : notnull =>
        (T)(services.GetService(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered."));
}
