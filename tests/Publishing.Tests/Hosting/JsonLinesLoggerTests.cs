using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Publishing.Hosting;
using Publishing.Hosting.Logging;

namespace Publishing.Tests.Hosting;

/// <summary>The JSON lines the handler writes to stdout under the Functions host: one parseable line per entry, scopes kept.</summary>
public sealed class JsonLinesLoggerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 21, 30, 5, 123, TimeSpan.Zero);

    private static (ILoggerFactory Factory, MemoryStream Output) Logging()
    {
        var output = new MemoryStream();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new JsonLinesLoggerProvider(output, time)));
        return (factory, output);
    }

    private static List<JsonElement> Lines(MemoryStream output)
    {
        var text = Encoding.UTF8.GetString(output.ToArray());
        Assert.EndsWith("\n", text);
        return text.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Fact]
    public void Log_InsideInvocationScope_WritesOneLineWithScopeStateAndException()
    {
        var (factory, output) = Logging();
        var logger = factory.CreateLogger("Publishing.Reports.ReportArrival");
        using (LogScopes.Invocation(logger, "inv-42", "ReportBlobCreated"))
            logger.LogError(new InvalidOperationException("storage said no"), "Report {ReportId} failed after {Attempts} attempts", "northmoor-2025-11-14", 3);

        var line = Assert.Single(Lines(output));
        Assert.Equal("2026-11-23T21:30:05.123Z", line.GetProperty("timestamp").GetString());
        Assert.Equal("Error", line.GetProperty("level").GetString());
        Assert.Equal("Publishing.Reports.ReportArrival", line.GetProperty("category").GetString());
        Assert.Equal("Report northmoor-2025-11-14 failed after 3 attempts", line.GetProperty("message").GetString());
        Assert.Contains("InvalidOperationException: storage said no", line.GetProperty("exception").GetString());
        Assert.Equal("northmoor-2025-11-14", line.GetProperty("state").GetProperty("ReportId").GetString());
        Assert.Equal(3, line.GetProperty("state").GetProperty("Attempts").GetInt32());
        Assert.Equal("inv-42", line.GetProperty("scopes").GetProperty("InvocationId").GetString());
        Assert.Equal("ReportBlobCreated", line.GetProperty("scopes").GetProperty("Function").GetString());
    }

    [Fact]
    public void Log_OutsideAnyScope_HasNoScopesAndNoStateForAPlainMessage()
    {
        var (factory, output) = Logging();
        factory.CreateLogger("x").LogInformation("ready");
        var line = Assert.Single(Lines(output));
        Assert.False(line.TryGetProperty("scopes", out _));
        Assert.False(line.TryGetProperty("state", out _));
        Assert.Equal("ready", line.GetProperty("message").GetString());
    }

    [Fact]
    public void Log_MessageWithLineBreaksAndControlCharacters_StaysOneLine()
    {
        var (factory, output) = Logging();
        var hostile = "first\nsecond\r\n{\"level\":\"Critical\"}\u0000\u001b[31m\u2028";
        factory.CreateLogger("x").LogWarning("Statement text {Text}", hostile);
        var line = Assert.Single(Lines(output));
        Assert.Equal("Statement text " + hostile, line.GetProperty("message").GetString());
        Assert.Equal("Warning", line.GetProperty("level").GetString());
    }

    [Fact]
    public void Log_NumbersThatJsonCannotHold_AreWrittenAsText()
    {
        var (factory, output) = Logging();
        factory.CreateLogger("x").LogInformation("ratio {Ratio} of {Count} ({Big})", double.NaN, 7, ulong.MaxValue);
        var state = Assert.Single(Lines(output)).GetProperty("state");
        Assert.Equal("NaN", state.GetProperty("Ratio").GetString());
        Assert.Equal(7, state.GetProperty("Count").GetInt32());
        Assert.Equal(ulong.MaxValue, state.GetProperty("Big").GetUInt64());
    }

    [Fact]
    public void Log_FromManyThreadsAtOnce_EveryLineWholeAndNoneLost()
    {
        var (factory, output) = Logging();
        Parallel.For(0, 8, thread =>
        {
            var logger = factory.CreateLogger($"thread-{thread}");
            for (var i = 0; i < 250; i++)
                using (logger.BeginScope("InvocationId:{InvocationId}", $"{thread}-{i}"))
                    logger.LogInformation("entry {Index} {Padding}", i, new string('x', i));
        });
        var lines = Lines(output);
        Assert.Equal(2000, lines.Count);
        Assert.Equal(2000, lines.Select(l => l.GetProperty("scopes").GetProperty("InvocationId").GetString()).Distinct().Count());
        Assert.All(lines, l => Assert.Equal($"{l.GetProperty("category").GetString()![7..]}-{l.GetProperty("state").GetProperty("Index").GetInt32()}", l.GetProperty("scopes").GetProperty("InvocationId").GetString()));
    }
}
