using System.Text.Json;
using Publishing.Cli;
using Publishing.Reading;
using Publishing.Reports;
using Publishing.Storage;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Reading.Hostile;

[Collection(StorageCollection.Name)]
public sealed class ReadAttemptsTests(AzuriteFixture azurite)
{
    private async Task<(ReadAttempts Attempts, PublishingStorage Storage)> NewAsync()
    {
        var storage = new PublishingStorage(azurite.NewStorage());
        await storage.EnsureCreatedAsync();
        return (new ReadAttempts(storage, new ReportReaderOptions { TimeBudget = TimeSpan.FromSeconds(1) }, TimeProvider.System), storage);
    }

    [Fact]
    public async Task BeginAsync_MarkLeftByAProcessThatNoLongerRuns_Quarantines()
    {
        var (attempts, storage) = await NewAsync();
        // No process has this id on Linux (pid_max is at most 4,194,304): the read that wrote it died.
        var dead = new ReadAttempt(1, DateTimeOffset.UtcNow, new ReadingProcess(Environment.MachineName, int.MaxValue - 1, DateTimeOffset.UtcNow));
        await storage.Container(storage.Names.State).GetBlobClient("reading/a-2025-11-14.pdf/abc.json")
            .UploadAsync(BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(dead, JsonOutput.Compact)));

        var refused = await attempts.BeginAsync("a-2025-11-14.pdf", "abc", CancellationToken.None);

        Assert.Equal(ReadFailureKind.Quarantined, refused?.Kind);
        Assert.Contains($"in process {int.MaxValue - 1} on {Environment.MachineName}", refused!.Found, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BeginAsync_AfterAReadThatEnded_ReadsAgainAndAnotherBlobIsUntouched()
    {
        var (attempts, _) = await NewAsync();

        Assert.Null(await attempts.BeginAsync("a-2025-11-14.pdf", "abc", CancellationToken.None));
        Assert.Null(await attempts.BeginAsync("b-2025-11-14.pdf", "abc", CancellationToken.None));
        await attempts.EndAsync("a-2025-11-14.pdf", "abc", CancellationToken.None);

        Assert.Null(await attempts.BeginAsync("a-2025-11-14.pdf", "abc", CancellationToken.None));
    }
}
