using Microsoft.Extensions.Logging;
using Publishing.Hosting.Logging;

namespace Publishing.Tests.Hosting;

public sealed class DistinctFailuresTests
{
    private sealed class Lines : ILogger
    {
        public List<string> Logged { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Logged.Add(formatter(state, exception) + (exception is null ? "" : exception.ToString()));
    }

    private static Exception Thrown(string message)
    {
        try { throw new InvalidOperationException(message); }
        catch (InvalidOperationException e) { return e; }
    }

    [Fact]
    public void TheSameFailureAThousandTimes_IsLoggedOnceInOneLine_ThenOnlyCounted()
    {
        var lines = new Lines();
        var failures = new DistinctFailures(lines);
        for (var i = 0; i < 1000; i++) failures.Log("GET /api/feeds/all.atom", Thrown("missing required properties including: 'overall'"));

        Assert.Equal(4, lines.Logged.Count); // the first, then at 10, 100 and 1,000
        Assert.Contains("InvalidOperationException: missing required properties including: 'overall'", lines.Logged[0]);
        Assert.Contains(nameof(Thrown), lines.Logged[0]); // where it was thrown
        Assert.All(lines.Logged, l => Assert.DoesNotContain("\n", l)); // no stack trace
        Assert.Contains("1000 times", lines.Logged[^1]);
    }

    [Fact]
    public void DifferentFailures_AreEachLogged()
    {
        var lines = new Lines();
        var failures = new DistinctFailures(lines);
        failures.Log("GET /a", Thrown("one"));
        failures.Log("GET /a", Thrown("two"));
        failures.Log("GET /b", Thrown("one"));
        Assert.Equal(3, lines.Logged.Count);
    }
}
