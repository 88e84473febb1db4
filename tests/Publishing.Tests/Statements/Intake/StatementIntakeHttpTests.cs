using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Statements.Keys;
using Publishing.Statements.Storage;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Statements.Intake;

[Collection(StorageCollection.Name)]
public sealed class StatementIntakeHttpTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Report = "northmoor-2025-11-14";
    private TestServer _server = null!;
    private string _adcs = null!;
    private string _union = null!;

    public async Task InitializeAsync()
    {
        _server = await TestServer.StartAsync(azurite.NewStorage());
        _adcs = await _server.IssueKeyAsync("ADCS");
        _union = await _server.IssueKeyAsync("Unison", "union");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Post_ValidStatement_Returns202AfterStoringIt()
    {
        using var response = await PostAsync(_adcs, Statement("We welcome the report and its recognition of strong adoption work."));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await JsonAsync(response);
        var id = accepted.GetProperty("id").GetString()!;
        Assert.StartsWith(Report + ".", id);
        Assert.Equal($"/api/statements/{id}", response.Headers.Location!.OriginalString);

        var stored = await JsonAsync(await _server.Client.GetAsync($"/api/statements/{id}"));
        Assert.Equal("We welcome the report and its recognition of strong adoption work.", stored.GetProperty("text").GetString());
        Assert.Equal("ADCS", stored.GetProperty("body").GetProperty("name").GetString());
        Assert.Equal("sector-body", stored.GetProperty("body").GetProperty("kind").GetString());
        Assert.Equal("local", stored.GetProperty("classification").GetProperty("classifier").GetString());
    }

    [Fact]
    public async Task Post_BodyInPayload_IsIgnoredInFavourOfTheKey()
    {
        using var response = await PostAsync(_union, """{"text":"Staff deserve credit.","speaker":"A Rep","report":"northmoor-2025-11-14","body":"ADCS"}""");
        var id = (await JsonAsync(response)).GetProperty("id").GetString();
        var stored = await JsonAsync(await _server.Client.GetAsync($"/api/statements/{id}"));
        Assert.Equal("Unison", stored.GetProperty("body").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Post_CouncilAndPublicationDate_NameTheReport()
    {
        using var response = await PostAsync(_adcs, """{"text":"A fair report.","speaker":"J Doe","council":"Northmoor Borough Council","publicationDate":"2025-11-14"}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(Report, (await JsonAsync(response)).GetProperty("report").GetString());
    }

    [Theory]
    [InlineData(null, "no key")]
    [InlineData("pk_unknownkey_abcdefabcdefabcdefabcdefabcdef", "unknown key")]
    [InlineData("not-a-key", "malformed key")]
    public async Task Post_WithoutAValidKey_Returns401Problem(string? key, string because)
    {
        using var response = await PostAsync(key, Statement("Text."));
        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, because);
        await AssertProblemAsync(response, 401);
    }

    [Fact]
    public async Task Post_RevokedKey_Returns401()
    {
        var key = await _server.IssueKeyAsync("BASW", "sector-body");
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(key, Statement("First."))).StatusCode);
        ApiKeySecret.TryParse(key, out var parsed);
        Assert.True(await _server.Services.GetRequiredService<ApiKeyStore>().RevokeAsync(parsed.KeyId));
        using var response = await PostAsync(key, Statement("Second."));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedJson_Returns400Problem()
    {
        using var response = await PostAsync(_adcs, """{"text": "unterminated""");
        await AssertProblemAsync(response, 400);
    }

    [Fact]
    public async Task Post_WrongMediaType_Returns415Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/statements") { Content = new StringContent(Statement("x"), Encoding.UTF8, "text/plain") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _adcs);
        using var response = await _server.Client.SendAsync(request);
        await AssertProblemAsync(response, 415);
    }

    [Fact]
    public async Task Post_TooLarge_Returns413Problem()
    {
        using var response = await PostAsync(_adcs, Statement(new string('a', 70_000)));
        await AssertProblemAsync(response, 413);
    }

    [Fact]
    public async Task Post_InvalidFields_Returns422NamingEachField()
    {
        using var response = await PostAsync(_adcs, """{"text":"","speaker":42,"report":"Not A Slug","embargoUntil":"tomorrow","sourceUrl":"javascript:alert(1)"}""");
        var problem = await AssertProblemAsync(response, 422);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "text", "speaker", "report", "embargoUntil", "sourceUrl" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
    }

    [Fact]
    public async Task Post_RetriedWithIdempotencyKey_ReturnsTheSameStatementOnce()
    {
        var body = Statement("We are disappointed but accept the findings.");
        using var first = await PostAsync(_adcs, body, idempotencyKey: "press-release-17");
        using var retry = await PostAsync(_adcs, body, idempotencyKey: "press-release-17");
        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal((await JsonAsync(first)).GetProperty("id").GetString(), (await JsonAsync(retry)).GetProperty("id").GetString());
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, (await ListAsync()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Post_ConcurrentRetriesWithOneIdempotencyKey_StoreOneStatement()
    {
        var body = Statement("One statement, many retries.");
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => PostAsync(_adcs, body, idempotencyKey: "burst")));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        var ids = new HashSet<string>();
        foreach (var response in responses) ids.Add((await JsonAsync(response)).GetProperty("id").GetString()!);
        Assert.Single(ids);
        Assert.Equal(1, (await ListAsync()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Post_IdempotencyKeyAfterItsWindow_IsANewStatementAndHoldsAgain()
    {
        var body = Statement("Our statement on the inspection.");
        var first = (await JsonAsync(await PostAsync(_adcs, body, idempotencyKey: "daily"))).GetProperty("id").GetString();
        _server.Time.Advance(IdempotencyStore.Window - TimeSpan.FromMinutes(1));
        using var withinWindow = await PostAsync(_adcs, body, idempotencyKey: "daily");
        _server.Time.Advance(TimeSpan.FromMinutes(2));

        using var afterWindow = await PostAsync(_adcs, Statement("A different statement, a day later."), idempotencyKey: "daily");
        using var retryOfThat = await PostAsync(_adcs, Statement("A different statement, a day later."), idempotencyKey: "daily");

        Assert.Equal(first, (await JsonAsync(withinWindow)).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.Accepted, afterWindow.StatusCode);
        Assert.False(afterWindow.Headers.Contains("Idempotent-Replayed"));
        var second = (await JsonAsync(afterWindow)).GetProperty("id").GetString();
        Assert.NotEqual(first, second);
        Assert.Equal(second, (await JsonAsync(retryOfThat)).GetProperty("id").GetString());
        Assert.Equal(2, (await ListAsync()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Post_ConcurrentRetriesOfAnExpiredKey_RenewItForOneStatement()
    {
        await PostAsync(_adcs, Statement("Yesterday's statement."), idempotencyKey: "renewed");
        _server.Time.Advance(IdempotencyStore.Window + TimeSpan.FromHours(1));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PostAsync(_adcs, Statement("Today's statement."), idempotencyKey: "renewed")));

        var ids = new HashSet<string>();
        foreach (var response in responses) ids.Add((await JsonAsync(response)).GetProperty("id").GetString()!);
        Assert.Single(ids);
        Assert.Equal(2, (await ListAsync()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Post_IdempotencyKeyReusedWithDifferentBody_Returns409()
    {
        await PostAsync(_adcs, Statement("Original."), idempotencyKey: "k1");
        using var response = await PostAsync(_adcs, Statement("Something else."), idempotencyKey: "k1");
        await AssertProblemAsync(response, 409);
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyFromAnotherBody_IsIndependent()
    {
        var a = await JsonAsync(await PostAsync(_adcs, Statement("Same words."), idempotencyKey: "shared"));
        var b = await JsonAsync(await PostAsync(_union, Statement("Same words."), idempotencyKey: "shared"));
        Assert.NotEqual(a.GetProperty("id").GetString(), b.GetProperty("id").GetString());
    }

    [Fact]
    public async Task Put_ByOwner_AddsARevisionAndKeepsHistory()
    {
        var id = await SubmitAsync(_adcs, "Draft wording.");
        using var put = await SendAsync(HttpMethod.Put, $"/api/statements/{id}", _adcs, Statement("Corrected wording."));
        Assert.Equal(HttpStatusCode.Accepted, put.StatusCode);
        Assert.Equal(2, (await JsonAsync(put)).GetProperty("revision").GetInt32());

        var current = await JsonAsync(await _server.Client.GetAsync($"/api/statements/{id}"));
        Assert.Equal("Corrected wording.", current.GetProperty("text").GetString());
        using var historyRequest = Request(HttpMethod.Get, $"/api/statements/{id}/history", _adcs);
        var history = await JsonAsync(await _server.Client.SendAsync(historyRequest));
        Assert.Equal(["Draft wording.", "Corrected wording."], history.GetProperty("revisions").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task PutAndDelete_ByAnotherBody_Return403AndChangeNothing()
    {
        var id = await SubmitAsync(_adcs, "Ours.");
        await AssertProblemAsync(await SendAsync(HttpMethod.Put, $"/api/statements/{id}", _union, Statement("Hijacked.")), 403);
        await AssertProblemAsync(await SendAsync(HttpMethod.Delete, $"/api/statements/{id}", _union, null), 403);
        var current = await JsonAsync(await _server.Client.GetAsync($"/api/statements/{id}"));
        Assert.Equal("Ours.", current.GetProperty("text").GetString());
        Assert.False(current.GetProperty("withdrawn").GetBoolean());
    }

    [Fact]
    public async Task Delete_ByOwner_WithdrawsFromPublicViewButKeepsHistory()
    {
        var id = await SubmitAsync(_adcs, "To be withdrawn.");
        using var delete = await SendAsync(HttpMethod.Delete, $"/api/statements/{id}", _adcs, null);
        Assert.Equal(HttpStatusCode.Accepted, delete.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync($"/api/statements/{id}")).StatusCode);
        Assert.Equal(0, (await ListAsync()).GetProperty("count").GetInt32());
        using var own = Request(HttpMethod.Get, $"/api/statements/{id}", _adcs);
        Assert.True((await JsonAsync(await _server.Client.SendAsync(own))).GetProperty("withdrawn").GetBoolean());
        await AssertProblemAsync(await SendAsync(HttpMethod.Put, $"/api/statements/{id}", _adcs, Statement("Too late.")), 409);
    }

    [Fact]
    public async Task Get_UnknownStatement_Returns404Problem()
    {
        await AssertProblemAsync(await _server.Client.GetAsync($"/api/statements/{Report}.00000000000nothing"), 404);
        await AssertProblemAsync(await _server.Client.GetAsync("/api/statements/garbage"), 404);
    }

    [Fact]
    public async Task Embargoed_StatementIsHiddenFromOthersUntilItsTime()
    {
        var embargo = _server.Time.GetUtcNow().AddHours(2);
        var id = await SubmitAsync(_adcs, "Embargoed words.", embargo);
        Assert.Equal(0, (await ListAsync()).GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await _server.Client.GetAsync($"/api/statements/{id}")).StatusCode);
        using var own = Request(HttpMethod.Get, $"/api/statements?report={Report}", _adcs);
        Assert.Equal(1, (await JsonAsync(await _server.Client.SendAsync(own))).GetProperty("count").GetInt32());

        _server.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, (await ListAsync()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Post_BeforeTheReportHasLanded_IsHeldUnderItsReport()
    {
        const string future = "nowhere-2031-01-01";
        using var response = await PostAsync(_adcs, $$"""{"text":"Awaiting the report.","speaker":"J Doe","report":"{{future}}"}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var list = await JsonAsync(await _server.Client.GetAsync($"/api/statements?report={future}"));
        Assert.Equal(1, list.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ApiKeys_AreStoredOnlyAsSaltedHashes()
    {
        var key = await _server.IssueKeyAsync("NSPCC", "charity");
        ApiKeySecret.TryParse(key, out var parsed);
        var stored = (await _server.Storage.Container(_server.Storage.Names.State).GetBlobClient($"keys/{parsed.KeyId}.json").DownloadContentAsync()).Value.Content.ToString();
        Assert.Contains("NSPCC", stored); // the record is there, naming its body
        var entity = JsonDocument.Parse(stored).RootElement;
        var everything = stored;
        Assert.DoesNotContain(parsed.Secret, everything);
        Assert.DoesNotContain(key, everything);
        Assert.Equal(32, entity.GetProperty("hash").GetBytesFromBase64().Length);
        Assert.Equal(16, entity.GetProperty("salt").GetBytesFromBase64().Length);
    }

    private async Task<string> SubmitAsync(string key, string text, DateTimeOffset? embargo = null)
    {
        using var response = await PostAsync(key, Statement(text, embargo));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> ListAsync() => await JsonAsync(await _server.Client.GetAsync($"/api/statements?report={Report}"));

    private static string Statement(string text, DateTimeOffset? embargo = null) => JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["text"] = text,
        ["speaker"] = "Jane Smith",
        ["role"] = "President",
        ["report"] = Report,
        ["embargoUntil"] = embargo?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"),
    }.Where(p => p.Value is not null).ToDictionary());

    private Task<HttpResponseMessage> PostAsync(string? key, string json, string? idempotencyKey = null) =>
        SendAsync(HttpMethod.Post, "/api/statements", key, json, idempotencyKey);

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, string? json, string? idempotencyKey = null)
    {
        using var request = Request(method, path, key);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await _server.Client.SendAsync(request);
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? key)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return request;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        return problem;
    }
}
