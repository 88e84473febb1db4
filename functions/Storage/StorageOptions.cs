namespace Publishing.Storage;

/// <summary>
/// Where the pipeline keeps its state. Either <see cref="ConnectionString"/> (Azurite's
/// <c>UseDevelopmentStorage=true</c>, or a connection string with explicit endpoints) or <see cref="AccountName"/>
/// with managed identity, as the Functions host's <c>AzureWebJobsStorage__accountName</c> setting names it.
/// <see cref="NamePrefix"/> lets test runs share one storage account without colliding.
/// </summary>
public sealed record StorageOptions
{
    public string? ConnectionString { get; init; }
    public string? AccountName { get; init; }
    public string NamePrefix { get; init; } = "";

    /// <summary>How long one storage call may take, retries included, before the caller treats storage as down.</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(10);
    public int MaxRetries { get; init; } = 2;

    /// <summary>Reads <c>AzureWebJobsStorage</c> (or <c>AzureWebJobsStorage__accountName</c>) from the environment.</summary>
    public static StorageOptions? FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var connection = read("AzureWebJobsStorage");
        if (!string.IsNullOrWhiteSpace(connection)) return new StorageOptions { ConnectionString = connection };
        var account = read("AzureWebJobsStorage__accountName");
        if (!string.IsNullOrWhiteSpace(account)) return new StorageOptions { AccountName = account };
        return null;
    }
}
