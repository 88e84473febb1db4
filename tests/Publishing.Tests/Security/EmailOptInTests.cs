using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Publishing.Distribution.Email;
using Publishing.Tests.Distribution.Email;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Security;

/// <summary>
/// Issue 17 item 10: email subscriptions were not verified, capped or de-duplicated (60 to one third-party address
/// were accepted). Double opt-in through a real SMTP exchange on loopback: the confirmation link is mailed first and
/// nothing else is sent until it is followed; one subscription per body and address; few pending per address.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed partial class EmailOptInTests(AzuriteFixture azurite)
{
    private const string Address = "newsdesk@paper.example";

    [Fact]
    public async Task NewEmailSubscription_GetsOnlyItsConfirmationUntilTheLinkIsFollowed_ThenTheSummaries()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var server = await StartAsync(smtp);
        var key = await server.IssueKeyAsync("Northmoor Council", "council");
        var created = await SubscribeAsync(server, key, Address);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;

        var confirmation = await WaitForMailAsync(smtp, 1);
        Assert.Equal([$"<{Address}>"], confirmation.Recipients);
        var link = new Uri(ConfirmLink().Match(confirmation.Message.TextBody!).Value);
        var token = System.Web.HttpUtility.ParseQueryString(link.Query)["token"]!;
        Assert.DoesNotContain(token, await StoredSubscriptionAsync(server, id)); // only its hash is kept

        await UploadReportAsync(server);
        await WaitForSummaryAsync(server);
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(smtp.Messages); // the summary was published, and not mailed to an unconfirmed address

        using (var page = await server.Client.GetAsync(link.PathAndQuery))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<form method=\"post\"", await page.Content.ReadAsStringAsync());
        }
        Assert.Contains("\"emailConfirmed\":false", await ViewAsync(server, key, id)); // opening the link (a scanner would) confirms nothing
        Assert.Equal(HttpStatusCode.Forbidden, (await ConfirmAsync(server, link, "not-the-token")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ConfirmAsync(server, link, token)).StatusCode);
        Assert.Contains("\"emailConfirmed\":true", await ViewAsync(server, key, id));
        Assert.Equal(HttpStatusCode.Forbidden, (await ConfirmAsync(server, link, token)).StatusCode); // used once

        var statementKey = await server.IssueKeyAsync("ADCS");
        await PostStatementAsync(server, statementKey);
        var summaryMail = await WaitForMailAsync(smtp, 2);
        Assert.Contains("Northmoor", summaryMail.Message.Subject);
    }

    [Fact]
    public async Task SameAddressTwiceFromOneBody_IsRefusedAsADuplicate_AndOneAddressTakesFewPendingSubscriptions()
    {
        await using var smtp = new LoopbackSmtpServer();
        await using var server = await StartAsync(smtp);
        var first = await server.IssueKeyAsync("BASW");
        Assert.Equal(HttpStatusCode.Created, (await SubscribeAsync(server, first, Address)).StatusCode);

        using var again = await SubscribeAsync(server, first, "NewsDesk@Paper.example");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        var statuses = new List<HttpStatusCode>();
        foreach (var body in new[] { "Unison", "NSPCC", "LGA", "Elsewhere Press" })
            statuses.Add((await SubscribeAsync(server, await server.IssueKeyAsync(body), Address)).StatusCode);
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity], statuses);
        await WaitForMailAsync(smtp, 3);
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(3, smtp.Messages.Count); // one confirmation per accepted subscription, nothing for the refused
    }

    private Task<TestServer> StartAsync(LoopbackSmtpServer smtp) =>
        TestServer.StartAsync(azurite.NewStorage(), o => o with
        {
            RunsPipelineLocally = true,
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = smtp.Port, Security = SmtpSecurity.None },
        });

    private static async Task<HttpResponseMessage> SubscribeAsync(TestServer server, string key, string email)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/subscriptions")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { email, filter = new { councils = new[] { "northmoor" } } }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await server.Client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(TestServer server, Uri link, string token) =>
        await server.Client.PostAsync(link.AbsolutePath, new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }));

    private static async Task<string> ViewAsync(TestServer server, string key, string id)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/subscriptions/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await (await server.Client.SendAsync(request)).Content.ReadAsStringAsync();
    }

    private static async Task<string> StoredSubscriptionAsync(TestServer server, string id) =>
        (await server.Storage.Container(server.Storage.Names.State).GetBlobClient($"subscriptions/{id}.json").DownloadContentAsync()).Value.Content.ToString();

    private static async Task UploadReportAsync(TestServer server) =>
        await server.Storage.Container(server.Storage.Names.Reports).GetBlobClient("northmoor-2025-11-14.pdf")
            .UploadAsync(BinaryData.FromBytes(File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "samples", "reports", "northmoor-2025-11-14.pdf"))));

    private static async Task PostStatementAsync(TestServer server, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/statements")
        {
            Content = new StringContent("""{"text":"We note the report.","speaker":"Sam Example","role":"Spokesperson","report":"northmoor-2025-11-14"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        Assert.Equal(HttpStatusCode.Accepted, (await server.Client.SendAsync(request)).StatusCode);
    }

    private static async Task WaitForSummaryAsync(TestServer server)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(200))
            if ((await server.Client.GetAsync("/api/summaries/northmoor-2025-11-14")).StatusCode == HttpStatusCode.OK) return;
        throw new TimeoutException("No summary within 60 s.");
    }

    private static async Task<LoopbackSmtpServer.Received> WaitForMailAsync(LoopbackSmtpServer smtp, int count)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(100))
            if (smtp.Messages.Count >= count) return smtp.Messages.ElementAt(count - 1);
        throw new TimeoutException($"Only {smtp.Messages.Count} of {count} messages arrived within 60 s.");
    }

    [GeneratedRegex(@"https?://\S+/confirm\?token=\S+")]
    private static partial Regex ConfirmLink();
}
