using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Publishing.Hosting;
using Publishing.Hosting.Http;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Security;

/// <summary>
/// Size and rate limits at every door: JSON bodies over their limit are refused 413 (with or without Content-Length),
/// oversized or wrongly typed fields 422, a key over its rate 429 with Retry-After, and an invocation payload over
/// <see cref="PublishingHostOptions.MaxInvocationBytes"/> 413 before it is buffered.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class RequestLimitsTests(AzuriteFixture azurite)
{
    public static TheoryData<string, string, string, int> Oversized() => new()
    {
        { "POST", "/api/statements", SecurityApi.Statement(new string('a', 70 * 1024)), 413 },
        { "POST", "/api/statements", SecurityApi.Statement("Fine.", speaker: new string('s', 201)), 422 },
        { "POST", "/api/statements", SecurityApi.Statement("Fine.", role: new string('r', 301)), 422 },
        { "POST", "/api/statements", SecurityApi.Statement(new string('t', 20_001)), 422 },
        { "POST", "/api/subscriptions", JsonSerializer.Serialize(new { webhookUrl = "https://example.org/" + new string('p', 17 * 1024) }), 413 },
        { "POST", "/api/subscriptions", JsonSerializer.Serialize(new { webhookUrl = "https://example.org/" + new string('p', 2000) }), 422 },
        { "POST", "/api/subscriptions", JsonSerializer.Serialize(new { email = new string('e', 2001) + "@example.org" }), 422 },
        { "POST", "/api/subscriptions", """{"webhookUrl":"https://example.org/h","filter":{"councils":[1,2]}}""", 422 },
        { "POST", "/api/subscriptions", """{"webhookUrl":"https://example.org/h","filter":{"issues":5}}""", 422 },
        { "POST", "/api/subscriptions", JsonSerializer.Serialize(new { webhookUrl = "https://example.org/h", filter = new { councils = Enumerable.Range(0, 201).Select(i => $"c{i}") } }), 422 },
        { "POST", "/api/subscriptions", """{"webhookUrl":"https://example.org/\ud800"}""", 400 },
        { "POST", "/api/statements", new string('[', 20) + new string(']', 20), 400 },
        { "POST", "/api/subscriptions", """{"filter":""" + new string('[', 20) + new string(']', 20) + "}", 400 },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task KeyedWrite_OversizedBodyOrField_IsRefusedWithAProblem(string method, string path, string json, int expected)
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { AllowLoopbackWebhooks = false });
        var key = await server.IssueKeyAsync("ADCS");
        var (status, body) = await SecurityApi.SendAsync(server, new HttpMethod(method), path, key, json);
        Assert.True((int)status == expected, $"{(int)status} {body}");
        Assert.Contains($"\"status\":{expected}", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/statements", 64 * 1024)]
    [InlineData("/api/subscriptions", 16 * 1024)]
    public async Task KeyedWrite_ChunkedBodyWithoutLength_IsCutOffAtTheLimit(string path, int limit)
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        var key = await server.IssueKeyAsync("ADCS");
        using var request = SecurityApi.Request(HttpMethod.Post, path, key);
        request.Content = new ChunkedJson(Encoding.UTF8.GetBytes(SecurityApi.Statement(new string('a', limit * 4))));
        using var response = await server.Client.SendAsync(request);
        Assert.Null(request.Content.Headers.ContentLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Subscriptions_OverTheKeysRateLimit_Return429WithRetryAfter()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RateLimit = new RateLimitOptions { PermitsPerSecond = 1, Burst = 3 } });
        var key = await server.IssueKeyAsync("BASW");
        var statuses = new List<int>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await server.Client.SendAsync(SecurityApi.Request(HttpMethod.Get, "/api/subscriptions", key));
            statuses.Add((int)response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) limited ??= response;
        }
        Assert.Equal(3, statuses.Count(s => s == 200));
        Assert.NotNull(limited);
        Assert.True(limited!.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        var other = await server.IssueKeyAsync("Unison", "union");
        Assert.Equal(HttpStatusCode.OK, (await SecurityApi.SendAsync(server, HttpMethod.Get, "/api/subscriptions", other)).Status);
    }

    [Fact]
    public void MaxInvocationBytes_ByDefault_IsTheFunctionsHostsOwn100MB() =>
        Assert.Equal(100L * 1024 * 1024, new PublishingHostOptions { Storage = new() { ConnectionString = "UseDevelopmentStorage=true" } }.MaxInvocationBytes);

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Invocation_PayloadOverTheLimit_IsRefused413(bool declaresLength)
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { MaxInvocationBytes = 1024 * 1024 });
        var payload = BlobPayload(new byte[2 * 1024 * 1024]);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ReportBlobCreated")
        {
            Content = declaresLength ? new ByteArrayContent(payload) : new ChunkedJson(payload),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await server.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 1048576 bytes", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Kestrel refuses bodies over 30 MB unless told otherwise; a report of that size must still get through.</summary>
    [Fact]
    public async Task Invocation_PayloadAboveKestrelsDefaultButUnderTheLimit_IsRead()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ReportBlobCreated") { Content = new ByteArrayContent(BlobPayload(new byte[24 * 1024 * 1024])) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        Assert.True(request.Content.Headers.ContentLength > 30_000_000);
        using var response = await server.Client.SendAsync(request);
        var answer = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {answer}");
        Assert.Contains("could not be read", answer, StringComparison.Ordinal); // read in full, then judged not a PDF
    }

    private static byte[] BlobPayload(byte[] content) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        Data = new { report = Convert.ToBase64String(content) },
        Metadata = new { name = JsonSerializer.Serialize("zeros-2025-01-01.pdf") },
    });

    /// <summary>JSON sent with Transfer-Encoding: chunked and no Content-Length, so only reading can find its size.</summary>
    private sealed class ChunkedJson : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedJson(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < _bytes.Length; offset += 64 * 1024)
                await stream.WriteAsync(_bytes.AsMemory(offset, Math.Min(64 * 1024, _bytes.Length - offset)));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
