using Publishing.Hosting;
using Publishing.Storage;

namespace Publishing.Cli;

/// <summary>Which storage an operations command works on: --storage, else AzureWebJobsStorage, else the local serve's Azurite.</summary>
internal static class CliStorage
{
    public static PublishingStorage? Resolve(CommandArguments arguments)
    {
        var options = arguments.Get("--storage") is { } given ? new StorageOptions { ConnectionString = given }
            : StorageOptions.FromEnvironment()
            ?? (LocalState.EmulatorConnection() is { } local ? new StorageOptions { ConnectionString = local } : null);
        return options is null ? null : new PublishingStorage(options);
    }

    public const string Missing = "no storage: pass --storage, set AzureWebJobsStorage, or run `publishing serve` in this directory first.";
}
