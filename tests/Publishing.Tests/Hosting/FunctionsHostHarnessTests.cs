using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Hosting.Queues;
using Publishing.Reports;
using Publishing.Storage;

namespace Publishing.Tests.Hosting;

/// <summary>
/// Plays the Functions host: posts the documented invocation payloads to the handler over loopback, as the host does
/// (POST /{FunctionName}, X-Azure-Functions-InvocationId), and checks the answers and what was stored.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class FunctionsHostHarnessTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string SamplePdf = Path.Combine(RepositoryPaths.Root, "samples", "reports", "northmoor-2025-11-14.pdf");
    private TestServer _server = null!;
    private readonly FlakyStep _flaky = new();

    public async Task InitializeAsync() =>
        _server = await TestServer.StartAsync(azurite.NewStorage(), configure: s => s.AddSingleton<IQueueStep>(_flaky));

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Root_AnswersSoTheHostKnowsTheHandlerIsReady()
    {
        Assert.Equal(HttpStatusCode.OK, (await _server.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task ReportBlobCreated_DocumentedPayload_RecordsTheReportAndQueuesItsSummary()
    {
        using var response = await InvokeAsync("ReportBlobCreated", BlobPayload(File.ReadAllBytes(SamplePdf), "northmoor-2025-11-14.pdf"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.True(answer.TryGetProperty("Outputs", out _));
        Assert.Contains("northmoor-2025-11-14", answer.GetProperty("Logs")[0].GetString());
        Assert.True(answer.TryGetProperty("ReturnValue", out _));

        var record = await _server.Services.GetRequiredService<ReportRecordStore>().GetLatestAsync("northmoor-2025-11-14");
        Assert.Equal("Northmoor", record!.Report.Council.Name);
        Assert.Equal(1, record.Revision);
        Assert.Equal(1, await QueueDepthAsync(_server.Storage.Names.ComposeQueue));
    }

    [Fact]
    public async Task ReportBlobCreated_SameEventTwice_GivesOneRecord()
    {
        var payload = BlobPayload(File.ReadAllBytes(SamplePdf), "northmoor-2025-11-14.pdf");
        Assert.Equal(HttpStatusCode.OK, (await InvokeAsync("ReportBlobCreated", payload)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await InvokeAsync("ReportBlobCreated", payload)).StatusCode);
        var records = _server.Storage.Container(_server.Storage.Names.Records);
        var names = new List<string>();
        await foreach (var blob in records.GetBlobsAsync(new GetBlobsOptions())) names.Add(blob.Name);
        Assert.Equal(["northmoor-2025-11-14/r0001.json"], names);
    }

    [Fact]
    public async Task ReportBlobCreated_NoContentInPayload_ReadsTheBlobFromStorage()
    {
        var container = _server.Storage.Container(_server.Storage.Names.Reports);
        await container.UploadBlobAsync("northmoor-2025-11-14.pdf", BinaryData.FromBytes(File.ReadAllBytes(SamplePdf)));
        using var response = await InvokeAsync("ReportBlobCreated", """{"Data":{},"Metadata":{"name":"\"northmoor-2025-11-14.pdf\""}}""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await _server.Services.GetRequiredService<ReportRecordStore>().GetLatestAsync("northmoor-2025-11-14"));
    }

    [Fact]
    public async Task ReportBlobCreated_CorruptPdf_IsRecordedAsAnExplainedFailureAndNotRetried()
    {
        using var response = await InvokeAsync("ReportBlobCreated", BlobPayload("%PDF-1.7 then nothing useful"u8.ToArray(), "broken-2025-01-01.pdf"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("could not be read", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await QueueDepthAsync(_server.Storage.Names.ComposeQueue));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"Data":{"report":"@@@not base64@@@"},"Metadata":{"name":"\"x.pdf\""}}""")]
    [InlineData("""{"Data":{},"Metadata":{}}""")]
    public async Task ReportBlobCreated_UndecodablePayload_Returns400WithTheReason(string payload)
    {
        using var response = await InvokeAsync("ReportBlobCreated", payload);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("Logs")[0].GetString()));
    }

    [Fact]
    public async Task QueueStep_FailureBeforeTheLastAttempt_Returns500SoTheHostRetries()
    {
        using var response = await InvokeAsync(FlakyStep.Name, QueuePayload("""{"reportId":"x"}""", dequeueCount: 1));
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(0, await QueueDepthAsync(StorageNames.PoisonQueueOf(_flaky.QueueName(_server.Storage.Names))));
    }

    [Fact]
    public async Task QueueStep_FailureOnTheLastAttempt_GoesToPoisonWithTheReason()
    {
        using var response = await InvokeAsync(FlakyStep.Name, QueuePayload("""{"reportId":"x"}""", dequeueCount: 5));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var poison = _server.Storage.Queue(StorageNames.PoisonQueueOf(_flaky.QueueName(_server.Storage.Names)));
        var message = (await poison.ReceiveMessageAsync()).Value;
        var envelope = PoisonEnvelope.Read(poison.Name, message.Body.ToString(), message.InsertedOn);
        Assert.Equal("""{"reportId":"x"}""", envelope.Message);
        Assert.Contains("simulated failure", envelope.Reason);
        Assert.Equal(5, envelope.DequeueCount);
    }

    [Fact]
    public async Task QueueStep_MessageAsQuotedStringWithRetryContext_IsDecoded()
    {
        _flaky.FailuresLeft = 0;
        var payload = """{"Data":{"message":"\"{\\\"reportId\\\":\\\"y\\\"}\""},"Metadata":{"Id":"\"abc\"","RetryContext":{"RetryCount":1,"MaxRetryCount":4}}}""";
        using var response = await InvokeAsync(FlakyStep.Name, payload);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"reportId":"y"}""", _flaky.LastMessage);
        Assert.Equal(2, _flaky.LastDelivery!.DequeueCount);
        Assert.Equal("abc", _flaky.LastDelivery.MessageId);
        Assert.Equal("inv-1", _flaky.LastDelivery.InvocationId);
    }

    private async Task<HttpResponseMessage> InvokeAsync(string function, string payload)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + function) { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Azure-Functions-InvocationId", "inv-1");
        request.Headers.Add("X-Azure-Functions-HostVersion", "4.1037.0");
        return await _server.Client.SendAsync(request);
    }

    private async Task<int> QueueDepthAsync(string queue) =>
        (await _server.Storage.Queue(queue).GetPropertiesAsync()).Value.ApproximateMessagesCount;

    /// <summary>A blob trigger invocation as the host sends it: content base64, scalars JSON-quoted, Properties as an object.</summary>
    private static string BlobPayload(byte[] content, string name) => JsonSerializer.Serialize(new
    {
        Data = new { report = Convert.ToBase64String(content) },
        Metadata = new Dictionary<string, object>
        {
            ["name"] = JsonSerializer.Serialize(name),
            ["Uri"] = JsonSerializer.Serialize($"http://127.0.0.1:10000/devstoreaccount1/reports/{name}"),
            ["Properties"] = new { ContentLength = content.Length, ContentType = "application/pdf", ETag = "\"0x8DC\"" },
            ["Metadata"] = new Dictionary<string, string>(),
            ["sys"] = new { MethodName = "ReportBlobCreated", UtcNow = "2025-11-14T09:30:00Z", RandGuid = Guid.NewGuid() },
        },
    });

    private static string QueuePayload(string message, int dequeueCount) => JsonSerializer.Serialize(new
    {
        Data = new { message = JsonSerializer.Serialize(message) },
        Metadata = new Dictionary<string, object>
        {
            ["DequeueCount"] = dequeueCount,
            ["Id"] = JsonSerializer.Serialize(Guid.NewGuid().ToString()),
            ["InsertionTime"] = JsonSerializer.Serialize("2025-11-14T09:30:00+00:00"),
        },
    });

    private sealed class FlakyStep : IQueueStep
    {
        public const string Name = "FlakyStep";
        public int FailuresLeft { get; set; } = int.MaxValue;
        public string? LastMessage { get; private set; }
        public QueueDelivery? LastDelivery { get; private set; }
        public string FunctionName => Name;
        public string QueueName(StorageNames names) => names.ComposeQueue;

        public Task HandleAsync(string message, QueueDelivery delivery, CancellationToken cancellationToken)
        {
            (LastMessage, LastDelivery) = (message, delivery);
            if (FailuresLeft-- > 0) throw new InvalidOperationException("simulated failure");
            return Task.CompletedTask;
        }
    }
}
