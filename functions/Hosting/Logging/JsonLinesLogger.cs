using Microsoft.Extensions.Logging;

namespace Publishing.Hosting.Logging;

internal sealed class JsonLinesLogger(string category, JsonLinesWriter writer, Func<IExternalScopeProvider> scopes) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => scopes().Push(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        writer.Write(new LogEntry(logLevel, category, eventId, formatter(state, exception), exception, state as IReadOnlyList<KeyValuePair<string, object?>>), scopes());
    }
}

internal readonly record struct LogEntry(
    LogLevel Level, string Category, EventId EventId, string Message, Exception? Exception, IReadOnlyList<KeyValuePair<string, object?>>? State);
