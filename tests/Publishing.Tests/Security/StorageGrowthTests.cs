using System.Net;
using System.Text.Json;
using Publishing.Statements.Intake;
using Publishing.Tests.Hosting;
using Xunit.Abstractions;
using static Publishing.Tests.Security.SecurityApi;

namespace Publishing.Tests.Security;

/// <summary>
/// Issue 17 item 6: one key holder growing storage and response sizes. Statements per body per report and revisions
/// per statement are capped (422 naming the field); every public list is paged; a version is stored once, not in
/// four forms.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class StorageGrowthTests(AzuriteFixture azurite, ITestOutputHelper output)
{
    [Fact]
    public async Task StatementsPerBodyAndRevisions_AreCapped_With422NamingTheField_AndOtherBodiesAreUnaffected()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(),
            o => o with { StatementCaps = new StatementCaps { MaxPerBodyPerReport = 3, MaxRevisions = 2 } });
        var key = await server.IssueKeyAsync("ADCS");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add(await SubmitAsync(server, key, Statement($"Statement number {i} about Northmoor.")));
        await SendAsync(server, HttpMethod.Delete, $"/api/statements/{ids[0]}", key); // withdrawn ones still count

        var (status, body) = await SendAsync(server, HttpMethod.Post, "/api/statements", key, Statement("One too many."));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("3 statements", JsonDocument.Parse(body).RootElement.GetProperty("errors").GetProperty("report")[0].GetString());
        await SubmitAsync(server, await server.IssueKeyAsync("BASW"), Statement("Another body's statement."));

        Assert.Equal(HttpStatusCode.Accepted, (await SendAsync(server, HttpMethod.Put, $"/api/statements/{ids[1]}", key, Statement("Corrected once."))).Status);
        var (again, problem) = await SendAsync(server, HttpMethod.Put, $"/api/statements/{ids[1]}", key, Statement("Corrected twice."));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again);
        Assert.True(JsonDocument.Parse(problem).RootElement.GetProperty("errors").TryGetProperty("revision", out _), problem);
    }

    [Fact]
    public async Task StatementList_IsPaged_EveryStatementOnExactlyOnePage_AndBadPagingIs422()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with
        {
            StatementCaps = new StatementCaps { MaxPerBodyPerReport = 100 },
            RateLimit = new Publishing.Hosting.Http.RateLimitOptions { PermitsPerSecond = 1000, Burst = 1000 },
        });
        var key = await server.IssueKeyAsync("ADCS");
        var submitted = new HashSet<string>();
        for (var i = 0; i < 60; i++) submitted.Add(await SubmitAsync(server, key, Statement($"Statement {i} on the Northmoor report.")));

        var (_, first) = await SendAsync(server, HttpMethod.Get, $"/api/statements?report={Report}", null);
        var firstPage = JsonDocument.Parse(first).RootElement;
        Assert.Equal(50, firstPage.GetProperty("count").GetInt32()); // the documented default
        Assert.NotNull(firstPage.GetProperty("continuation").GetString());

        var seen = new List<string>();
        string? next = $"/api/statements?report={Report}&limit=25";
        var pages = 0;
        while (next is not null)
        {
            var (status, body) = await SendAsync(server, HttpMethod.Get, next, null);
            Assert.Equal(HttpStatusCode.OK, status);
            var page = JsonDocument.Parse(body).RootElement;
            Assert.InRange(page.GetProperty("count").GetInt32(), 1, 25);
            seen.AddRange(page.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("id").GetString()!));
            next = page.TryGetProperty("next", out var link) ? link.GetString() : null;
            pages++;
        }
        Assert.Equal(3, pages);
        Assert.Equal(submitted.Order(StringComparer.Ordinal), seen);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SendAsync(server, HttpMethod.Get, $"/api/statements?report={Report}&limit=101", null)).Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SendAsync(server, HttpMethod.Get, $"/api/statements?report={Report}&continuation=%2F%2F..", null)).Status);
    }

    [Fact]
    public async Task SummaryVersions_AreStoredOnce_TheOtherFormsRenderedOnRead_AndTheListsArePaged()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true });
        await UploadSampleReportAsync(server);
        await WaitForSummaryAsync(server);
        var key = await server.IssueKeyAsync("ADCS");
        var text = string.Concat(Enumerable.Repeat("We welcome the report and will keep supporting Northmoor's families. ", 280));
        for (var version = 2; version <= 4; version++)
        {
            server.Time.Advance(TimeSpan.FromSeconds(2)); // past the coalescing window of the previous statement
            await SubmitAsync(server, key, Statement($"Version {version}: {text}"));
            await WaitForSummaryAsync(server, s => s.GetProperty("version").GetInt32() == version);
        }

        var blobs = new List<(string Name, long Bytes)>();
        await foreach (var blob in server.Storage.Container(server.Storage.Names.Summaries).GetBlobsAsync())
            blobs.Add((blob.Name, blob.Properties.ContentLength ?? 0));
        var measured = $"summaries container after 4 versions: {blobs.Count} blobs, {blobs.Sum(b => b.Bytes):N0} bytes";
        output.WriteLine(measured);
        Assert.True(blobs.Count == 4, measured);
        Assert.All(blobs, b => Assert.EndsWith("/summary.json", b.Name));
        // Each statement's text is stored once, by its revision; the versions refer to it.
        var storedV4 = (await server.Storage.Container(server.Storage.Names.Summaries).GetBlobClient($"{Report}/v0004/summary.json").DownloadContentAsync()).Value.Content.ToString();
        Assert.DoesNotContain("families. We welcome the report and will keep supporting", storedV4); // spans two sentences: no key quote
        // Repeated in each version, the statements (1 + 2 + 3 copies) alone would be six times the text. Version 1 has no
        // statements: what the later versions add beyond its size is what the statements cost.
        var withoutStatements = blobs.Single(b => b.Name.Contains("/v0001/", StringComparison.Ordinal)).Bytes;
        Assert.True(blobs.Sum(b => b.Bytes) - 4 * withoutStatements < 2 * text.Length, measured);
        var publicV4 = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/summaries/{Report}/v4.json")).RootElement;
        var texts = publicV4.GetProperty("sectorResponse").EnumerateArray()
            .SelectMany(g => g.GetProperty("statements").EnumerateArray()).Select(st => st.GetProperty("text").GetString()).ToList();
        Assert.Equal(new[] { 2, 3, 4 }.Select(v => $"Version {v}: {text}".Trim()), texts.Order(StringComparer.Ordinal));

        foreach (var (extension, mediaType) in new[] { ("html", "text/html"), ("md", "text/markdown"), ("txt", "text/plain") })
        {
            using var response = await server.Client.GetAsync($"/api/summaries/{Report}/v4.{extension}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Version 4:", await response.Content.ReadAsStringAsync());
            using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/summaries/{Report}/v4.{extension}");
            conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
            Assert.Equal(HttpStatusCode.NotModified, (await server.Client.SendAsync(conditional)).StatusCode);
        }

        var (_, firstVersions) = await SendAsync(server, HttpMethod.Get, $"/api/summaries/{Report}/versions?limit=3", null);
        var page = JsonDocument.Parse(firstVersions).RootElement;
        Assert.Equal([1, 2, 3], page.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        var (_, lastVersions) = await SendAsync(server, HttpMethod.Get, page.GetProperty("next").GetString()!, null);
        var last = JsonDocument.Parse(lastVersions).RootElement;
        Assert.Equal([4], last.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.False(last.TryGetProperty("continuation", out _));

        var (_, list) = await SendAsync(server, HttpMethod.Get, "/api/summaries?limit=1", null);
        Assert.False(JsonDocument.Parse(list).RootElement.TryGetProperty("continuation", out _));
    }
}
