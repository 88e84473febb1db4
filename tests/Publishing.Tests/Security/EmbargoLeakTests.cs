using System.Net;
using System.Text.Json;
using Publishing.Tests.Hosting;
using Publishing.Tests.Pipeline;
using static Publishing.Tests.Security.SecurityApi;

namespace Publishing.Tests.Security;

/// <summary>
/// Issue 17 item 8: an embargoed statement must change nothing public before its embargo lifts (no version, no
/// <c>statementsGiven</c>, no "Reactions as received by" line, no push, no queue depth) and then change it exactly once.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class EmbargoLeakTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EmbargoedStatement_ChangesNothingPublicUntilItLifts_ThenIssuesExactlyOneVersion()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true });
        await SubscribeAsync(server, await server.IssueKeyAsync("Newsdesk", "independent"), receiver.Url);
        await UploadSampleReportAsync(server);
        await WaitForSummaryAsync(server);
        await WaitAsync(() => receiver.Received.IsEmpty ? null : "", "the first issue's push");
        await Task.Delay(TimeSpan.FromSeconds(2)); // let the first issue's queue work finish
        var before = await PublicViewAsync(server);

        var lifts = server.Time.GetUtcNow().AddSeconds(8);
        await SubmitAsync(server, await server.IssueKeyAsync("ADCS"), Statement("An embargoed reaction to the Northmoor report.", embargoUntil: lifts));
        await Task.Delay(TimeSpan.FromSeconds(3));

        var during = await PublicViewAsync(server);
        Assert.Equal(before.Versions, during.Versions);
        Assert.Equal(before.Summary, during.Summary);
        Assert.Equal(before.Markdown, during.Markdown);
        Assert.DoesNotContain("Reactions as received by", during.Markdown);
        Assert.Equal(before.FeedETag, during.FeedETag);
        Assert.Single(receiver.Received);
        Assert.Equal(before.QueueDepths, during.QueueDepths);

        server.Time.Advance(TimeSpan.FromSeconds(10)); // the compose scheduled for the lift becomes due in real time too
        var after = await WaitForSummaryAsync(server, s => s.GetRawText().Contains("An embargoed reaction"));
        Assert.Equal(2, after.GetProperty("version").GetInt32());
        Assert.True(after.GetProperty("statementsGiven").GetBoolean());
        await WaitAsync(() => receiver.Received.Count < 2 ? null : "", "the re-issue push");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(2, receiver.Received.Count);
        var lifted = await PublicViewAsync(server);
        Assert.Equal(2, JsonDocument.Parse(lifted.Versions).RootElement.GetProperty("versions").GetArrayLength());
        Assert.Contains("Reactions as received by", lifted.Markdown);
    }

    [Fact]
    public async Task EmbargoedStatement_DoesNotShowInThePublicStatementListsPaging()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true });
        await UploadSampleReportAsync(server);
        await WaitForSummaryAsync(server);
        await SubmitAsync(server, await server.IssueKeyAsync("LGA"), Statement("A published reaction to the Northmoor report."));
        var path = $"/api/statements?report={Report}&limit=1";
        var (_, before) = await SendAsync(server, HttpMethod.Get, path, null);

        await SubmitAsync(server, await server.IssueKeyAsync("ADCS"),
            Statement("An embargoed reaction to the Northmoor report.", embargoUntil: server.Time.GetUtcNow().AddHours(1)));
        var (status, during) = await SendAsync(server, HttpMethod.Get, path, null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(before, during); // no continuation token (naming the embargoed id) and no short next page
        Assert.False(JsonDocument.Parse(during).RootElement.TryGetProperty("continuation", out _));
    }

    private sealed record PublicView(string Versions, string Summary, string Markdown, string? FeedETag, string QueueDepths);

    private static async Task<PublicView> PublicViewAsync(TestServer server)
    {
        async Task<string> Text(string path)
        {
            using var response = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }
        using var feed = await server.Client.GetAsync("/api/feeds/all.atom");
        var health = JsonDocument.Parse(await Text("/api/health")).RootElement;
        var depths = string.Join(",", health.GetProperty("queues").EnumerateArray().Select(q => $"{q.GetProperty("name").GetString()}={q.GetProperty("depth").GetInt32()}"));
        return new PublicView(await Text($"/api/summaries/{Report}/versions"), await Text($"/api/summaries/{Report}.json"),
            await Text($"/api/summaries/{Report}.md"), feed.Headers.ETag?.Tag, depths);
    }
}
