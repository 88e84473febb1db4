using Publishing.Hosting.Local;
using Publishing.Tests.Distribution.Email;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Pipeline;

/// <summary>
/// One report of every era and document type (<see cref="StoredPipelineCases"/>) through the stored pipeline on
/// Azurite: blob, record, compose, publish, feed blobs, API feeds, webhook and email, then every feed, summary form,
/// versions list and webhook body read back with the grades reports.csv gives. Run against the app in this process and
/// against the published binary (what is deployed).
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class StoredPipelineTests(AzuriteFixture azurite)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(4);

    [SkippableFact]
    public async Task EveryEra_ThroughTheStoredPipelineInProcess_EveryFeedFormAndPushCarriesItsGrades()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        await using var webhooks = await LoopbackReceiver.StartAsync();
        await using var mail = new LoopbackSmtpServer();
        await using var pipeline = await InProcessPipeline.StartAsync(azurite.NewStorage(), mail.Port);
        var problems = await new StoredPipelineCheck(pipeline, StoredPipelineCases.All(), webhooks, mail).RunAsync(Deadline);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(60)));
    }

    [SkippableFact]
    public async Task EveryEra_ThroughThePublishedBinary_EveryFeedFormAndPushCarriesItsGrades()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        Skip.If(PublishedBinaryPipeline.Executable is null, PublishedBinaryPipeline.Missing);
        // Its own emulator: the binary uses the unprefixed container and queue names.
        await using var storage = new AzuriteLauncher(Path.Combine(RepositoryPaths.Root, "infra", "azurite"));
        await storage.StartAsync();
        await using var webhooks = await LoopbackReceiver.StartAsync();
        await using var mail = new LoopbackSmtpServer();
        await using var pipeline = await PublishedBinaryPipeline.StartAsync(storage.ConnectionString, mail.Port);
        var problems = await new StoredPipelineCheck(pipeline, StoredPipelineCases.All(), webhooks, mail).RunAsync(Deadline);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(60)));
    }
}
