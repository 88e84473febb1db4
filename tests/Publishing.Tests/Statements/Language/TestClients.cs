using Azure;
using Azure.Core;
using Publishing.Statements.Language;

namespace Publishing.Tests.Statements.Language;

/// <summary>Clients pointed at a <see cref="FakeLanguageServer"/> with a made-up key and no Azure.Core retries unless asked.</summary>
internal static class TestClients
{
    /// <summary>A made-up key: only the fake server ever sees it, and tests assert it appears nowhere else.</summary>
    public const string Key = "fake-language-key-5e1d9c7a";

    public static TextAnalysisClientOptions Options(int maxRetries = 0)
    {
        var options = new TextAnalysisClientOptions();
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.Mode = RetryMode.Fixed;
        return options;
    }

    public static TextAnalysisClient Create(FakeLanguageServer server, TextAnalysisClientOptions? options = null) =>
        new(server.Endpoint, new AzureKeyCredential(Key), options ?? Options());
}
