using System.Text.Json;
using Publishing.Statements.Language;
using Publishing.Tests.Cli;

namespace Publishing.Tests.Statements.Language;

/// <summary><c>publishing classify</c> as a process, configured by environment to use the fake Language server.</summary>
public sealed class ClassifyCommandLanguageTests
{
    private const string Input = """{"text":"We fully accept the inspectors' findings.","body":"Northmoor Council"}""";

    [Fact]
    public async Task Classify_EndpointConfigured_UsesTheServiceAndNeverPrintsTheKey()
    {
        await using var server = await FakeLanguageServer.StartAsync();

        var outcome = PublishingProcess.Run(Settings(server), Input, "classify");

        Assert.Equal(0, outcome.ExitCode);
        using var line = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal(AzureLanguageStatementClassifier.Name, line.RootElement.GetProperty("classifier").GetString());
        Assert.False(line.RootElement.TryGetProperty("fallback", out _));
        Assert.Contains("key auth", outcome.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.Key, outcome.Stdout + outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Classify_ServiceFailing_LocalAnswersAndStderrCountsTheFallbacks()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Fault = _ => FakeReply.ServerError();

        var outcome = PublishingProcess.Run(Settings(server), Input, "classify");

        Assert.Equal(0, outcome.ExitCode);
        using var line = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal("local", line.RootElement.GetProperty("classifier").GetString());
        Assert.StartsWith("fallback: azure-language failed (HTTP 500", line.RootElement.GetProperty("fallback").GetString(), StringComparison.Ordinal);
        Assert.Equal("supportive", line.RootElement.GetProperty("stance").GetProperty("value").GetString());
        Assert.Contains("1 statement(s) answered by the local rules", outcome.Stderr, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Settings(FakeLanguageServer server) => new()
    {
        [LanguageSettings.EndpointVariable] = server.Endpoint.ToString(),
        [LanguageSettings.KeyVariable] = TestClients.Key,
        // A child process that has to JIT everything while the rest of the suite runs can need more than the default
        // 10 s for its first statement; the test is about which classifier answers, not about the timeout.
        [LanguageSettings.TimeoutVariable] = "120",
    };
}
