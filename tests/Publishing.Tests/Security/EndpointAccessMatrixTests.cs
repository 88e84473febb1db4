using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Hosting.Http;
using Publishing.Hosting.Invocations;
using Publishing.Statements.Keys;
using Publishing.Tests.Hosting;
using Xunit.Abstractions;

namespace Publishing.Tests.Security;

/// <summary>
/// Every HTTP endpoint × every kind of caller, asserted cell by cell and printed as a table. Public: feeds, summaries,
/// report PDFs, published statements, health. Keyed: every write, statement history, subscriptions. Embargoed and
/// withdrawn statements are visible to their own body only. The invocation endpoints (POST /{FunctionName}) take no
/// key at all: under the Functions host the handler listens on 127.0.0.1 and only the host can reach it (no HTTP
/// trigger routes to those paths), the handler refuses invocations from anywhere but loopback, and a local
/// <c>publishing serve</c> does not map them.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class EndpointAccessMatrixTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    private static readonly Caller[] Callers = Enum.GetValues<Caller>();

    private static IReadOnlyList<AccessRow> ApiRows()
    {
        const string report = SecurityApi.Report;
        var statement = SecurityApi.Statement("We note the findings of the inspection.");
        return
        [
            new("POST /api/statements", HttpMethod.Post, _ => Task.FromResult("/api/statements"), statement, AccessRow.Keyed(202, 202)),
            new("PUT /api/statements/{id}", HttpMethod.Put, w => Task.FromResult($"/api/statements/{w.PublishedStatement}"), statement, AccessRow.Keyed(403, 202)),
            new("DELETE /api/statements/{id}", HttpMethod.Delete, async w => $"/api/statements/{await w.FreshStatementAsync()}", null, AccessRow.Keyed(403, 202)),
            new("GET /api/statements?report=", HttpMethod.Get, _ => Task.FromResult($"/api/statements?report={report}"), null, AccessRow.Public(200), EmbargoSeenByOwnerOnly),
            new("GET /api/statements/{published}", HttpMethod.Get, w => Task.FromResult($"/api/statements/{w.PublishedStatement}"), null, AccessRow.Public(200)),
            new("GET /api/statements/{embargoed}", HttpMethod.Get, w => Task.FromResult($"/api/statements/{w.EmbargoedStatement}"), null, [404, 404, 404, 404, 404, 200], EmbargoSeenByOwnerOnly),
            new("GET /api/statements/{id}/history", HttpMethod.Get, w => Task.FromResult($"/api/statements/{w.PublishedStatement}/history"), null, AccessRow.Keyed(403, 200)),
            new("GET /api/subscriptions", HttpMethod.Get, _ => Task.FromResult("/api/subscriptions"), null, AccessRow.Keyed(200, 200), OwnSubscriptionsOnly),
            new("POST /api/subscriptions", HttpMethod.Post, _ => Task.FromResult("/api/subscriptions"), """{"webhookUrl":"http://127.0.0.1:9/hook"}""", AccessRow.Keyed(201, 201), SecretOnlyOnCreation),
            new("GET /api/subscriptions/{id}", HttpMethod.Get, w => Task.FromResult($"/api/subscriptions/{w.Subscription}"), null, AccessRow.Keyed(403, 200)),
            new("PATCH /api/subscriptions/{id}", HttpMethod.Patch, w => Task.FromResult($"/api/subscriptions/{w.Subscription}"), """{"paused":false}""", AccessRow.Keyed(403, 200)),
            new("DELETE /api/subscriptions/{id}", HttpMethod.Delete, async w => $"/api/subscriptions/{await w.FreshSubscriptionAsync()}", null, AccessRow.Keyed(403, 204)),
            new("GET /api/summaries", HttpMethod.Get, _ => Task.FromResult("/api/summaries"), null, AccessRow.Public(200)),
            new("GET /api/summaries/{report}", HttpMethod.Get, _ => Task.FromResult($"/api/summaries/{report}"), null, AccessRow.Public(200), EmbargoSeenByNobody),
            new("GET /api/summaries/{report}.html", HttpMethod.Get, _ => Task.FromResult($"/api/summaries/{report}.html"), null, AccessRow.Public(200), EmbargoSeenByNobody),
            new("GET /api/summaries/{report}/versions", HttpMethod.Get, _ => Task.FromResult($"/api/summaries/{report}/versions"), null, AccessRow.Public(200)),
            new("GET /api/summaries/{report}/v1.md", HttpMethod.Get, _ => Task.FromResult($"/api/summaries/{report}/v1.md"), null, AccessRow.Public(200)),
            new("GET /api/feeds/all.atom", HttpMethod.Get, _ => Task.FromResult("/api/feeds/all.atom"), null, AccessRow.Public(200), EmbargoSeenByNobody),
            new("GET /api/feeds/council/northmoor.json", HttpMethod.Get, _ => Task.FromResult("/api/feeds/council/northmoor.json"), null, AccessRow.Public(200), EmbargoSeenByNobody),
            new("GET /api/reports/{report}.pdf", HttpMethod.Get, _ => Task.FromResult($"/api/reports/{report}.pdf"), null, AccessRow.Public(200)),
            new("GET /api/health", HttpMethod.Get, _ => Task.FromResult("/api/health"), null, AccessRow.Public(200)),
            new("GET / (host readiness)", HttpMethod.Get, _ => Task.FromResult("/"), null, AccessRow.Public(200)),
            new("POST /ReportBlobCreated (serve)", HttpMethod.Post, _ => Task.FromResult("/ReportBlobCreated"), "{}", AccessRow.Public(404)),
            new("POST /ComposeSummary (serve)", HttpMethod.Post, _ => Task.FromResult("/ComposeSummary"), "{}", AccessRow.Public(404)),
        ];
    }

    /// <summary>Under the Functions host: the invocation paths answer the payload, never the key (an empty payload is undecodable: 400).</summary>
    private static IReadOnlyList<AccessRow> InvocationRows() =>
    [
        new("POST /ReportBlobCreated (host)", HttpMethod.Post, _ => Task.FromResult("/ReportBlobCreated"), """{"Data":{},"Metadata":{}}""", AccessRow.Public(400)),
        new("POST /ComposeSummary (host)", HttpMethod.Post, _ => Task.FromResult("/ComposeSummary"), """{"Data":{},"Metadata":{}}""", AccessRow.Public(400)),
        new("POST /PublishSummary (host)", HttpMethod.Post, _ => Task.FromResult("/PublishSummary"), """{"Data":{},"Metadata":{}}""", AccessRow.Public(400)),
        new("POST /DeliverWebhook (host)", HttpMethod.Post, _ => Task.FromResult("/DeliverWebhook"), """{"Data":{},"Metadata":{}}""", AccessRow.Public(400)),
        new("GET /api/statements/{embargoed} (host)", HttpMethod.Get, w => Task.FromResult($"/api/statements/{w.EmbargoedStatement}"), null, [404, 404, 404, 404, 404, 200]),
    ];

    [Fact]
    public async Task ApiEndpoints_EveryKindOfCaller_GetsTheDocumentedStatus()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with
        {
            RunsPipelineLocally = true,
            RateLimit = new RateLimitOptions { PermitsPerSecond = 1000, Burst = 1000 },
        });
        var world = await WorldAsync(server);
        await SecurityApi.UploadSampleReportAsync(server);
        await SecurityApi.WaitForSummaryAsync(server, s => s.GetRawText().Contains("We note the findings", StringComparison.Ordinal));
        await WaitForFeedAsync(server);

        await AssertMatrixAsync(world, ApiRows());
    }

    [Fact]
    public async Task InvocationEndpoints_UnderTheFunctionsHost_IgnoreKeysAndAnswerThePayload()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RateLimit = new RateLimitOptions { PermitsPerSecond = 1000, Burst = 1000 } });
        await AssertMatrixAsync(await WorldAsync(server), InvocationRows());
    }

    /// <summary>In Azure only what an HTTP function's route forwards reaches the handler: every /api endpoint must be one, no invocation path may.</summary>
    [Fact]
    public void Endpoints_UnderTheFunctionsHost_ApiIsForwardedAndInvocationsAreNot()
    {
        var unforwarded = new List<string>();
        foreach (var row in ApiRows().Concat(InvocationRows()))
        {
            var path = System.Text.RegularExpressions.Regex.Replace(row.Endpoint.Split(' ')[1], @"\{[^}]+\}", "x");
            var forwarded = FunctionRoutes.Forwards(row.Method, path);
            if (path.StartsWith("/api/", StringComparison.Ordinal) != forwarded) unforwarded.Add($"{row.Method} {path}: forwarded={forwarded}");
        }
        Assert.True(unforwarded.Count == 0, string.Join("\n", unforwarded));
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("203.0.113.7", false)]
    [InlineData(null, false)]
    public void IsFromLoopback_RemoteAddress_OnlyLoopbackMayInvoke(string? remote, bool allowed)
    {
        var http = new DefaultHttpContext();
        http.Connection.RemoteIpAddress = remote is null ? null : IPAddress.Parse(remote);
        Assert.Equal(allowed, InvocationEndpoints.IsFromLoopback(http));
    }

    private async Task AssertMatrixAsync(AccessWorld world, IReadOnlyList<AccessRow> rows)
    {
        var table = new StringBuilder();
        table.AppendLine($"{"endpoint",-42}| " + string.Join(" | ", Callers.Select(c => $"{c,-13}")));
        var failures = new List<string>();
        foreach (var row in rows)
        {
            var cells = new List<string>();
            for (var i = 0; i < Callers.Length; i++)
            {
                var caller = Callers[i];
                var path = await row.Path(world);
                var (status, body) = await SecurityApi.SendAsync(world.Server, row.Method, path, world.Key(caller), row.Json);
                var problem = (int)status != row.Expected[i] ? $"expected {row.Expected[i]}, got {(int)status}: {Truncate(body)}" : (int)status < 400 ? row.CheckBody?.Invoke(caller, body) : null;
                if ((int)status >= 400 && !body.Contains("\"status\"", StringComparison.Ordinal) && !body.Contains("\"Error\"", StringComparison.Ordinal) && (int)status != 404)
                    problem ??= $"error {(int)status} without a problem body";
                if (problem is not null) failures.Add($"{row.Endpoint} × {caller}: {problem}");
                cells.Add($"{row.Expected[i]} {(problem is null ? "ok" : $"FAIL {(int)status}")}".PadRight(13));
            }
            table.AppendLine($"{row.Endpoint,-42}| " + string.Join(" | ", cells));
        }
        output.WriteLine(table.ToString());
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task<AccessWorld> WorldAsync(TestServer server)
    {
        var owner = await server.IssueKeyAsync("Northmoor Council", "council");
        var revoked = await server.IssueKeyAsync("Northmoor Council", "council");
        ApiKeySecret.TryParse(revoked, out var parsed);
        Assert.True(await server.Services.GetRequiredService<ApiKeyStore>().RevokeAsync(parsed.KeyId));
        var keys = new Dictionary<Caller, string?>
        {
            [Caller.NoKey] = null,
            [Caller.MalformedKey] = "not-a-key",
            [Caller.UnknownKey] = "pk_unknownkey1_" + new string('a', 43),
            [Caller.RevokedKey] = revoked,
            [Caller.OtherBodysKey] = await server.IssueKeyAsync("Elsewhere Press", "independent"),
            [Caller.OwnersKey] = owner,
        };
        var world = new AccessWorld(server, keys);
        world.PublishedStatement = await SecurityApi.SubmitAsync(server, owner, SecurityApi.Statement("We note the findings of the inspection."));
        world.EmbargoedStatement = await SecurityApi.SubmitAsync(server, owner, SecurityApi.Statement(AccessWorld.EmbargoedText, embargoUntil: server.Time.GetUtcNow().AddDays(1)));
        world.Subscription = await world.FreshSubscriptionAsync();
        return world;
    }

    private static async Task WaitForFeedAsync(TestServer server) =>
        await SecurityApi.WaitAsync(() =>
        {
            using var response = server.Client.GetAsync("/api/feeds/all.atom").GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK ? "ready" : null;
        }, "the all.atom feed");

    private static string? EmbargoSeenByOwnerOnly(Caller caller, string body) =>
        body.Contains(AccessWorld.EmbargoedText, StringComparison.Ordinal) == (caller == Caller.OwnersKey)
            ? null
            : caller == Caller.OwnersKey ? "the owner cannot see its own embargoed statement" : "embargoed text visible to a caller who is not its body";

    private static string? EmbargoSeenByNobody(Caller caller, string body) =>
        body.Contains(AccessWorld.EmbargoedText, StringComparison.Ordinal) ? "embargoed text published before its time" : null;

    private static string? SecretOnlyOnCreation(Caller caller, string body) =>
        body.Contains("\"webhookSecret\":\"whsec_", StringComparison.Ordinal) ? null : "no webhook secret in the creation response";

    private static string? OwnSubscriptionsOnly(Caller caller, string body)
    {
        if (body.Contains("whsec_", StringComparison.Ordinal)) return "a webhook secret appears in a listing";
        var seesAny = !body.Contains("\"count\":0", StringComparison.Ordinal);
        return seesAny == (caller == Caller.OwnersKey) ? null : "a body sees subscriptions that are not its own";
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
