using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Publishing.Tests.Security;

/// <summary>
/// Records every log event the app emits, at every level and in every category: the formatted message, each
/// structured value, the exception, and every scope in force (as text and as values).
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>Adds this provider to an app's services and lets it see Trace and up from every category.</summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<ILoggerProvider>(this);
        services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(typeof(CapturingLoggerProvider).FullName, null, LogLevel.Trace, null)));
    }

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private static string Describe(object? state) => state switch
    {
        null => "",
        IEnumerable<KeyValuePair<string, object?>> pairs => state + " {" + string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) + "}",
        _ => state.ToString() ?? "",
    };

    private sealed class Capturing(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            provider._scopes.ForEachScope((scope, list) => list.Add(Describe(scope)), scopes);
            provider.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {Describe(state)} | {exception} | scopes: {string.Join(" / ", scopes)}");
        }
    }
}
