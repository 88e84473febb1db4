using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Publishing.Tests.Hosting;

/// <summary>
/// A request that fails unexpectedly, again and again: each answers a 500 problem document, and the log holds one line
/// for the failure, not a stack trace per request (17 MB in 30 minutes had been seen).
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class UnhandledFailureLoggingTests(AzuriteFixture azurite)
{
    private sealed class Capture : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<(string Text, Exception? Exception)> Entries { get; } = new();
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) Entries.Enqueue((formatter(state, exception), exception));
        }
        public void Dispose() { }
    }

    /// <summary>A route past the app's own endpoints that always throws, as an unforeseen bug would.</summary>
    private sealed class FailingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path == "/x/boom"
                ? throw new InvalidOperationException("the summary store said no")
                : Task.CompletedTask);
        };
    }

    [Fact]
    public async Task SameFailureOnEveryRequest_Answers500Each_AndIsLoggedOnceWithoutAStackTrace()
    {
        var capture = new Capture();
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), configure: s =>
        {
            s.AddSingleton<ILoggerProvider>(capture);
            s.AddSingleton<IStartupFilter>(new FailingRoute());
        });

        for (var i = 0; i < 5; i++)
        {
            using var response = await server.Client.GetAsync("/x/boom");
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain("summary store", await response.Content.ReadAsStringAsync()); // no internals to the caller
        }

        var about = capture.Entries.Where(e => e.Text.Contains("the summary store said no", StringComparison.Ordinal) || e.Exception is not null).ToList();
        var line = Assert.Single(about);
        Assert.Null(line.Exception);
        Assert.Contains("GET /x/boom failed: InvalidOperationException: the summary store said no", line.Text);
        Assert.DoesNotContain('\n', line.Text);
    }
}
