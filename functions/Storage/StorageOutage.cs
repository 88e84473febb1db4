using Azure;

namespace Publishing.Storage;

/// <summary>Tells a storage outage (retry later) from a request the storage refused on its merits.</summary>
public static class StorageOutage
{
    public static bool IsOutage(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => true,
        RequestFailedException => false,
        HttpRequestException or TimeoutException or TaskCanceledException or IOException => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsOutage),
        _ => exception.InnerException is { } inner && IsOutage(inner),
    };
}
