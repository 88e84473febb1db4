using Publishing.Hosting.Local;
using Publishing.Storage;

namespace Publishing.Tests.Hosting;

/// <summary>
/// One in-memory Azurite for every storage test in the run, started from the project's own npm tooling
/// (infra/azurite). Each test takes its own name prefix, so tests share the emulator without sharing state.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteLauncher? _azurite;

    public string ConnectionString => _azurite?.ConnectionString ?? throw new InvalidOperationException("Azurite is not running.");

    public async Task InitializeAsync()
    {
        var tool = Path.Combine(RepositoryPaths.Root, "infra", "azurite");
        _azurite = new AzuriteLauncher(tool);
        await _azurite.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }

    /// <summary>Storage options with a prefix no other test uses.</summary>
    public StorageOptions NewStorage() => new()
    {
        ConnectionString = ConnectionString,
        NamePrefix = "t" + Guid.NewGuid().ToString("N")[..8],
        // Generous: CI machines run the whole suite on two cores, and a slow answer is not what these tests are about.
        MaxRetries = 2,
        NetworkTimeout = TimeSpan.FromSeconds(30),
    };
}

[CollectionDefinition(Name)]
public sealed class StorageCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "storage";
}
