using System.Net;
using System.Text;
using System.Xml.Linq;
using Publishing.Distribution.Webhooks;
using Publishing.Storage;
using Publishing.Summaries.Issuing;
using Publishing.Summaries.Model;
using Publishing.Tests.Hosting;
using Publishing.Tests.Pipeline;
using static Publishing.Tests.Security.SecurityApi;

namespace Publishing.Tests.Security;

/// <summary>
/// Issue 17 item 4: a summary larger than a queue message (64 KB) must still reach the feeds and every webhook.
/// Queue messages carry references to blobs, never the summary.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class LargeSummaryPushTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task FourLongStatements_TheReissueStillReachesTheWebhook_AndNoQueueMessageCarriesTheText()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true });
        var (_, secret) = await SubscribeAsync(server, await server.IssueKeyAsync("Newsdesk", "independent"), receiver.Url);
        await UploadSampleReportAsync(server);
        await WaitAsync(() => receiver.Received.IsEmpty ? null : "", "the first issue's push");

        var key = await server.IssueKeyAsync("ADCS");
        for (var i = 0; i < 4; i++)
            await SubmitAsync(server, key, Statement(LongText($"Statement {i}", 19_900)));

        var reissue = await WaitAsync(() => receiver.Received.Skip(1).Select(r => (Headers: r.Headers, Body: r.Body)).FirstOrDefault() is { Body: not null } r ? r.Body : null, "the re-issue push");
        Assert.True(Encoding.UTF8.GetByteCount(reissue) > 64 * 1024, $"the payload is only {reissue.Length} characters");
        Assert.Contains("Statement 3", reissue);
        var (headers, body) = receiver.Received.Skip(1).First();
        Assert.True(new WebhookReceiver(secret, server.Time).Verify(headers.Select(h => KeyValuePair.Create(h.Key, h.Value)), body).IsValid);
        await AssertNoPoisonAsync(server);
    }

    [Fact]
    public async Task ASummaryOfSeveralMegabytes_IsPublishedToTheFeedsAndAWebhook()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true });
        await SubscribeAsync(server, await server.IssueKeyAsync("Newsdesk", "independent"), receiver.Url);
        await UploadSampleReportAsync(server);
        await WaitAsync(() => receiver.Received.IsEmpty ? null : "", "the first issue's push");

        var versions = server.Services.GetRequiredServiceOf<SummaryVersionStore>();
        var first = (await versions.GetLatestAsync(Report))!;
        var statements = Enumerable.Range(0, 160).Select(i => new SummaryStatement(
            $"{Report}-s{i:D4}", 1, $"Speaker {i}", "Spokesperson", $"Body {i % 8}", LongText($"Long statement {i}", 19_900), null, null,
            first.AsAt, FactSource.Statement($"{Report}-s{i:D4}"))).ToList();
        var large = first with
        {
            Version = 2, ChangeNote = "160 statements added.", AsAt = server.Time.GetUtcNow(), StatementsGiven = true,
            SectorResponse = [new StatementGroup(null, "Responses", statements)],
        };
        Assert.True(await versions.TryAddAsync(large));
        await server.Storage.Queue(server.Storage.Names.PublishQueue).SendMessageAsync(new PublishRequest(Report, 2).ToJson());

        var pushed = await WaitAsync(() => receiver.Received.Skip(1).FirstOrDefault().Body, "the push of the large version");
        Assert.True(Encoding.UTF8.GetByteCount(pushed) > 3_000_000, $"the payload is only {pushed.Length} characters");
        Assert.Contains("Long statement 159", pushed);

        using var feed = await server.Client.GetAsync("/api/feeds/all.atom");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        var atom = XDocument.Parse(await feed.Content.ReadAsStringAsync());
        Assert.Contains(atom.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")), e => e.ToString().Contains("Long statement 159"));
        var staticFeed = (await server.Storage.Container(server.Storage.Names.Feeds).GetBlobClient("all.atom").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("Long statement 159", staticFeed);
        await AssertNoPoisonAsync(server);
    }

    private static string LongText(string opening, int length)
    {
        var text = new StringBuilder(opening).Append(": we welcome the report.");
        var sentence = " The council's children's services have worked hard with partners, and we will keep supporting families across the area.";
        while (text.Length + sentence.Length <= length) text.Append(sentence);
        return text.ToString();
    }

    private static async Task AssertNoPoisonAsync(TestServer server)
    {
        foreach (var queue in server.Storage.Names.Queues)
        {
            var poisoned = (await server.Storage.Queue(StorageNames.PoisonQueueOf(queue)).PeekMessagesAsync(32)).Value;
            Assert.True(poisoned.Length == 0, $"{queue}-poison holds {poisoned.Length} message(s)");
        }
    }
}
