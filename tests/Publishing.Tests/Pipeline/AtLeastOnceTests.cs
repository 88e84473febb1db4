using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Hosting.Queues;
using Publishing.Reports;
using Publishing.Summaries.Issuing;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Pipeline;

/// <summary>
/// Steps killed halfway and messages delivered twice: whatever is re-run, there is one record, one summary version
/// and one delivery per subscriber.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class AtLeastOnceTests(AzuriteFixture azurite)
{
    private const string ReportId = "northmoor-2025-11-14";
    private static readonly byte[] SamplePdf = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "samples", "reports", "northmoor-2025-11-14.pdf"));

    [Fact]
    public async Task ComposeKilledAfterIssuingButBeforeQueueingThePublish_RerunIssuesNothingNewAndPublishes()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        await server.Services.GetRequiredService<ReportArrival>().HandleAsync($"{ReportId}.pdf", SamplePdf, CancellationToken.None);
        var compose = Step(server, "ComposeSummary");
        var message = new ComposeRequest(ReportId, "report recorded").ToJson();

        await compose.HandleAsync(message, new QueueDelivery("m1", 1, "i1"), CancellationToken.None);
        await server.Storage.Queue(server.Storage.Names.PublishQueue).ClearMessagesAsync(); // the kill: the publish message never got out
        await compose.HandleAsync(message, new QueueDelivery("m1", 2, "i2"), CancellationToken.None);

        Assert.Equal([1], await server.Services.GetRequiredService<SummaryVersionStore>().ListVersionsAsync(ReportId));
        Assert.Equal(1, (await server.Storage.Queue(server.Storage.Names.PublishQueue).GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }

    [Fact]
    public async Task PublishAndDeliverEachRunTwice_TheSubscriberHearsOnce()
    {
        await using var receiver = await LoopbackReceiver.StartAsync();
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        var key = await server.IssueKeyAsync("Northmoor Council", "council");
        using (var subscribe = new HttpRequestMessage(HttpMethod.Post, "/api/subscriptions"))
        {
            subscribe.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            subscribe.Content = new StringContent($$"""{"webhookUrl":"{{receiver.Url}}"}""", Encoding.UTF8, "application/json");
            (await server.Client.SendAsync(subscribe)).EnsureSuccessStatusCode();
        }
        await server.Services.GetRequiredService<ReportArrival>().HandleAsync($"{ReportId}.pdf", SamplePdf, CancellationToken.None);
        await server.Services.GetRequiredService<ReportArrival>().HandleAsync($"{ReportId}.pdf", SamplePdf, CancellationToken.None); // the same BlobCreated twice
        await Step(server, "ComposeSummary").HandleAsync(new ComposeRequest(ReportId, "report recorded").ToJson(), new QueueDelivery("c", 1, "i"), CancellationToken.None);

        var publish = Step(server, "PublishSummary");
        var publishMessage = new PublishRequest(ReportId, 1).ToJson();
        await publish.HandleAsync(publishMessage, new QueueDelivery("p", 1, "i1"), CancellationToken.None);
        await publish.HandleAsync(publishMessage, new QueueDelivery("p", 2, "i2"), CancellationToken.None);

        var deliver = Step(server, "DeliverWebhook");
        var queue = server.Storage.Queue(server.Storage.Names.DeliverQueue);
        var messages = (await queue.ReceiveMessagesAsync(10)).Value;
        Assert.Equal(2, messages.Length); // planned twice...
        foreach (var m in messages) await deliver.HandleAsync(m.Body.ToString(), new QueueDelivery(m.MessageId, 1, "d"), CancellationToken.None);
        foreach (var m in messages) await deliver.HandleAsync(m.Body.ToString(), new QueueDelivery(m.MessageId, 2, "d"), CancellationToken.None);
        Assert.Single(receiver.Received); // ...delivered once

        var records = server.Storage.Container(server.Storage.Names.Records);
        var count = 0;
        await foreach (var _ in records.GetBlobsAsync()) count++;
        Assert.Equal(1, count);
    }

    private static IQueueStep Step(TestServer server, string name) =>
        server.Services.GetServices<IQueueStep>().Single(s => s.FunctionName == name);
}
