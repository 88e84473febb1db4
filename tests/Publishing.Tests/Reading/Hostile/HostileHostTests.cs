using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Reports;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Reading.Hostile;

/// <summary>
/// Every hostile case through the running host as the Functions host delivers it (POST /ReportBlobCreated over
/// loopback): the invocation is answered, the host stays up, and the blob's outcome is recorded with the reader's
/// explained failure. Cases too large to inline in a payload are uploaded and named, as the host does for big blobs.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class HostileHostTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int InlineLimit = 16 * 1024 * 1024;
    private TestServer _server = null!;

    public static TheoryData<string> Cases => HostileReaderTests.Cases;

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { Reading = HostileCorpus.Limits() });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ReportBlobCreated_HostileCase_HostStaysUpAndRecordsTheOutcome(string name)
    {
        var hostile = HostileCorpus.All.Single(c => c.Name == name);
        var content = hostile.Build();
        var blobName = $"{name}-2025-11-14.pdf";
        if (content.Length > InlineLimit)
            await _server.Storage.Container(_server.Storage.Names.Reports).GetBlobClient(blobName).UploadAsync(new BinaryData(content));

        using var response = await InvokeAsync(Payload(blobName, content.Length > InlineLimit ? null : content));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("/")).StatusCode);
        // A blob larger than the limit is read only up to the limit, so its outcome is keyed on that prefix's hash.
        var read = content.LongLength > HostileCorpus.Limits().MaxBytes ? content[..(int)(HostileCorpus.Limits().MaxBytes + 1)] : content;
        var outcome = await _server.Services.GetRequiredService<ReportRecordStore>().GetOutcomeAsync(blobName, Convert.ToHexStringLower(SHA256.HashData(read)));
        Assert.NotNull(outcome);
        if (hostile.Expected is { } kind)
        {
            Assert.Null(outcome.ReportId);
            Assert.Equal(kind, outcome.Failure?.Kind);
            Assert.Contains(hostile.FoundContains, outcome.Failure!.Found, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("could not be read", await response.Content.ReadAsStringAsync());
        }
        else
        {
            Assert.Null(outcome.Failure);
            // Read, and held for a person: the blob is named after the case, not after the council the report is about.
            Assert.StartsWith("northmoor-2025-11-14-", outcome.HeldAs);
        }
    }

    [Fact]
    public async Task ReportBlobCreated_PayloadThatIsNotUtf8_AnsweredBadRequestAndHostStaysUp()
    {
        // Found by afl-fuzz (payload target): answered 500 before InvocationRequest checked UTF-8.
        byte[] body = [.. "{\"Data\":{\"report\":null},\"Metadata\":{\"name\":\"a"u8, 0xE9, .. ".pdf\"}}"u8];
        using var response = await InvokeAsync(new ByteArrayContent(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("/")).StatusCode);
    }

    private Task<HttpResponseMessage> InvokeAsync(string payload) => InvokeAsync(new StringContent(payload, Encoding.UTF8, "application/json"));

    private async Task<HttpResponseMessage> InvokeAsync(HttpContent content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ReportBlobCreated") { Content = content };
        request.Headers.Add("X-Azure-Functions-InvocationId", "hostile");
        return await _server.Client.SendAsync(request);
    }

    private static string Payload(string name, byte[]? content) => JsonSerializer.Serialize(new
    {
        Data = content is null ? (object)new { } : new { report = Convert.ToBase64String(content) },
        Metadata = new Dictionary<string, object> { ["name"] = JsonSerializer.Serialize(name) },
    });
}
