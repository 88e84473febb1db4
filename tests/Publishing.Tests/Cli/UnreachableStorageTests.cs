using Publishing.Tests.Hosting;

namespace Publishing.Tests.Cli;

public sealed class UnreachableStorageTests
{
    [Fact]
    public void StorageCommand_StorageUnreachable_SaysSoAndExits1()
    {
        var closed = LoopbackApps.FreePort();
        var storage = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
            + $"BlobEndpoint=http://127.0.0.1:{closed}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{closed}/devstoreaccount1;";
        var outcome = PublishingProcess.Run(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = null }, "", "keys", "list", "--storage", storage);
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("storage is unreachable (Connection refused", outcome.Stderr);
        Assert.DoesNotContain("Unhandled exception", outcome.Stderr);
    }
}
