using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Publishing.Hosting.Http;
using Publishing.Hosting.Local;
using Publishing.Storage;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Statements.Intake;

[Collection(StorageCollection.Name)]
public sealed class StatementIntakeLimitsTests(AzuriteFixture azurite)
{
    private const string Body = """{"text":"We note the findings.","speaker":"J Doe","report":"northmoor-2025-11-14"}""";

    [Fact]
    public async Task Post_OverTheKeysRateLimit_Returns429WithRetryAfter()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RateLimit = new RateLimitOptions { PermitsPerSecond = 1, Burst = 3 } });
        var key = await server.IssueKeyAsync("LGA");
        var other = await server.IssueKeyAsync("ADCS");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        // The bucket refills one permit a second in real time (the rate limiter has no clock to stand in for), so on a
        // slow machine a post may find a fresh permit: the burst, plus one for each second the posts took, at most.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 12 && limited is null; i++)
        {
            var response = await PostAsync(server, key);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited = response;
        }
        var refills = (int)clock.Elapsed.TotalSeconds;
        Assert.InRange(statuses.Count(s => s == HttpStatusCode.Accepted), 3, 3 + refills);
        Assert.NotNull(limited);
        Assert.True(limited!.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(server, other)).StatusCode); // limits are per body
    }

    [Fact]
    public async Task Post_WhileStorageIsDown_Returns503WithRetryAfterAndResumesAfterward()
    {
        var data = Directory.CreateTempSubdirectory("azurite-outage-");
        await using var ownAzurite = new AzuriteLauncher(Path.Combine(RepositoryPaths.Root, "infra", "azurite"), data.FullName);
        await ownAzurite.StartAsync();
        var storage = new StorageOptions { ConnectionString = ownAzurite.ConnectionString, MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(2) };
        await using var server = await TestServer.StartAsync(storage);
        var key = await server.IssueKeyAsync("LGA");
        var before = await PostAsync(server, key);
        Assert.Equal(HttpStatusCode.Accepted, before.StatusCode);

        await ownAzurite.StopAsync();
        var during = await PostAsync(server, key);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.True(during.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var health = await server.Client.GetAsync("/api/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);

        await ownAzurite.StartAsync(); // same ports, same data folder
        var after = await PostAsync(server, key);
        Assert.True(after.StatusCode == HttpStatusCode.Accepted, await after.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync(before.Headers.Location)).StatusCode);
        var list = await server.Client.GetStringAsync("/api/statements?report=northmoor-2025-11-14");
        Assert.Contains("\"count\":2", list); // the 503 stored nothing; the two 202s are both there
        data.Delete(recursive: true);
    }

    private static async Task<HttpResponseMessage> PostAsync(TestServer server, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/statements") { Content = new StringContent(Body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await server.Client.SendAsync(request);
    }
}
