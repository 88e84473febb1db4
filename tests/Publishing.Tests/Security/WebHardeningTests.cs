using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Publishing.Hosting.Http;
using Publishing.Statements;
using Publishing.Statements.Keys;
using Publishing.Storage;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Security;

/// <summary>Issue 17's low web findings, each through the real app on loopback.</summary>
[Collection(StorageCollection.Name)]
public sealed partial class WebHardeningTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task HtmlAnswers_CarryNosniffAndAScriptFreeContentSecurityPolicy_AndOtherAnswersNosniff()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true });
        await SecurityApi.UploadSampleReportAsync(server);
        await SecurityApi.WaitForSummaryAsync(server);

        using var html = await server.Client.GetAsync($"/api/summaries/{SecurityApi.Report}.html");
        using var json = await server.Client.GetAsync($"/api/summaries/{SecurityApi.Report}.json");
        using var pdf = await server.Client.GetAsync($"/api/reports/{SecurityApi.Report}.pdf");

        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("nosniff", string.Join(",", html.Headers.GetValues("X-Content-Type-Options")));
        var policy = string.Join(",", html.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.DoesNotContain("script-src", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        foreach (var other in new[] { json, pdf })
        {
            Assert.Equal("nosniff", string.Join(",", other.Headers.GetValues("X-Content-Type-Options")));
            Assert.False(other.Headers.Contains("Content-Security-Policy"));
        }
    }

    [Theory]
    [InlineData("v+1")]
    [InlineData("v01")]
    [InlineData("v 1")]
    [InlineData("v1e0")]
    [InlineData("v٣")]
    public async Task VersionSegmentThatIsNotPlainDigits_IsNotFound(string segment)
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true });
        await SecurityApi.UploadSampleReportAsync(server);
        await SecurityApi.WaitForSummaryAsync(server);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/api/summaries/{SecurityApi.Report}/v1.json")).StatusCode);

        using var response = await server.Client.GetAsync($"/api/summaries/{SecurityApi.Report}/{Uri.EscapeDataString(segment)}.json");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task RequestWithContentLengthAndChunkedEncoding_IsRefused400_AndNothingIsStored()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        var key = await server.IssueKeyAsync("ADCS");
        var body = """{"text":"Smuggled statement.","speaker":"A","role":"B","report":"northmoor-2025-11-14"}""";
        var chunked = $"{body.Length:X}\r\n{body}\r\n0\r\n\r\n";
        var request = $"POST /api/statements HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {key}\r\nContent-Type: application/json\r\n"
            + $"Content-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n{chunked}";

        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        var answer = await new StreamReader(stream, Encoding.ASCII).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400", answer);
        using var listed = await server.Client.GetAsync("/api/statements?report=northmoor-2025-11-14");
        Assert.DoesNotContain("Smuggled", await listed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task StorageThatHangs_Answers503WithRetryAfter_WithinTheDeadline()
    {
        var blobPort = int.Parse(BlobPort().Match(azurite.ConnectionString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await using var proxy = new HangingProxy(blobPort);
        var storage = azurite.NewStorage() with { ConnectionString = BlobPort().Replace(azurite.ConnectionString, $"BlobEndpoint=http://127.0.0.1:{proxy.Port}/") };
        await using var server = await TestServer.StartAsync(storage);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/api/summaries/northmoor-2025-11-14")).StatusCode);

        proxy.Hang = true;
        var clock = Stopwatch.StartNew();
        using var response = await server.Client.GetAsync("/api/summaries/northmoor-2025-11-14");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(20)); // the 8 s deadline, not the client's 3 x 30 s
    }

    [Theory]
    [InlineData("NSPCC\u200B", "invisible formatting character")]
    [InlineData("\u202EODCA", "invisible formatting character")]
    [InlineData("ADCS\nBcc: x", "control character or line break")]
    [InlineData("NSP\u0421C", "another script")]        // Cyrillic Es
    [InlineData("B\u0391SW", "another script")]         // Greek Alpha
    [InlineData("ADCS\u00A0Ltd", "space character other than a plain space")]
    [InlineData(" ADCS", "starts or ends with a space")]
    [InlineData("A\u0301DCS", "combining mark")]
    public async Task KeyForALookAlikeOrInvisibleBodyName_IsRefused(string name, string why)
    {
        Assert.Contains(why, BodyNames.WhyRefused(name));
        var keys = new ApiKeyStore(new PublishingStorage(azurite.NewStorage()), TimeProvider.System);
        var refused = await Assert.ThrowsAsync<ArgumentException>(() => keys.IssueAsync(new SubmittingBody(name, "sector-body")));
        Assert.Contains(why, refused.Message);
    }

    [Theory]
    [InlineData("ADCS")]
    [InlineData("Association of Directors of Children's Services")]
    [InlineData("Barnardo’s")]
    [InlineData("Coram (BAAF)")]
    [InlineData("Société Générale & Co.")]
    public void OrdinaryBodyNames_AreAccepted(string name) => Assert.Null(BodyNames.WhyRefused(name));

    [GeneratedRegex(@"BlobEndpoint=http://127\.0\.0\.1:(\d+)/")]
    private static partial Regex BlobPort();
}
