using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Publishing.Storage;

namespace Publishing.Hosting;

internal static class StorageStartup
{
    /// <summary>Creates the app's containers, queues and tables before it starts answering.</summary>
    public static Task EnsureStorageAsync(this IServiceProvider services) =>
        services.GetRequiredService<PublishingStorage>().EnsureCreatedAsync();

    public static async Task EnsureStorageInBackgroundAsync(this IServiceProvider services)
    {
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2)); // after the host's readiness probe, not competing with it
            await services.EnsureStorageAsync();
        }
        catch (Exception e)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger("Publishing.Storage")
                .LogError("Storage could not be prepared; requests that need it will answer 503 until it is reachable: {Error}", e.Message);
        }
    }
}
