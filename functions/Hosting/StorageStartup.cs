using Microsoft.Extensions.DependencyInjection;
using Publishing.Storage;

namespace Publishing.Hosting;

internal static class StorageStartup
{
    /// <summary>Creates the app's containers, queues and tables before it starts answering.</summary>
    public static Task EnsureStorageAsync(this IServiceProvider services) =>
        services.GetRequiredService<PublishingStorage>().EnsureCreatedAsync();
}
