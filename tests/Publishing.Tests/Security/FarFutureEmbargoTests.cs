using Microsoft.Extensions.DependencyInjection;
using Publishing.Hosting.Queues;
using Publishing.Reports;
using Publishing.Reports.Provenance;
using Publishing.Summaries.Issuing;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Security;

/// <summary>
/// Issue 17 (low): a far-future embargo kept compose messages cycling for ever: every compose of the report queued
/// another wake-up, and each wake-up composed and published again. A scheduled compose now waits out its time in
/// steps of the queue's longest visibility, doing nothing at each early wake-up, and is queued once per time.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class FarFutureEmbargoTests(AzuriteFixture azurite)
{
    private const string ReportId = "northmoor-2025-11-14";

    [Fact]
    public async Task EarlyWakeUp_ComposesAndPublishesNothing_AndGoesBackToSleep()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        await server.Services.GetRequiredService<ReportArrival>().HandleAsync(ReportId + ".pdf",
            File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "samples", "reports", ReportId + ".pdf")), CancellationToken.None,
            source: new ReportSource(SourceMetadata.Ofsted, null, Trusted: true));
        var compose = server.Storage.Queue(server.Storage.Names.ComposeQueue);
        var publish = server.Storage.Queue(server.Storage.Names.PublishQueue);
        await compose.ClearMessagesAsync();
        var step = server.Services.GetServices<IQueueStep>().OfType<ComposeSummaryStep>().Single();
        var lifts = server.Time.GetUtcNow().AddDays(400);

        await step.HandleAsync(new ComposeRequest(ReportId, "embargo lifts", lifts).ToJson(), new QueueDelivery("m1", 1, "i1"), CancellationToken.None);

        Assert.Empty(await server.Services.GetRequiredService<SummaryVersionStore>().ListVersionsAsync(ReportId));
        Assert.Equal(0, (await publish.GetPropertiesAsync()).Value.ApproximateMessagesCount);
        Assert.Equal(1, (await compose.GetPropertiesAsync()).Value.ApproximateMessagesCount); // asleep again, not visible
        Assert.Empty((await compose.ReceiveMessagesAsync(32)).Value);
    }

    [Fact]
    public async Task TheSameWakeUp_AskedForByEveryCompose_IsQueuedOnce()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        var queue = server.Services.GetRequiredService<ComposeQueue>();
        var compose = server.Storage.Queue(server.Storage.Names.ComposeQueue);
        var lifts = server.Time.GetUtcNow().AddDays(400);

        for (var i = 0; i < 5; i++) await queue.ScheduleAsync(ReportId, "embargo lifts", lifts, CancellationToken.None);

        Assert.Equal(1, (await compose.GetPropertiesAsync()).Value.ApproximateMessagesCount);
    }
}
