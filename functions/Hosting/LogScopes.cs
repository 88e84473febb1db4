using Microsoft.Extensions.Logging;

namespace Publishing.Hosting;

/// <summary>The scope every pipeline log line carries: the invocation id (the Functions host's, or a fresh one locally) and the function.</summary>
public static class LogScopes
{
    public static IDisposable? Invocation(ILogger logger, string invocationId, string function) =>
        logger.BeginScope("InvocationId:{InvocationId} Function:{Function}", invocationId, function);
}
