using Microsoft.Extensions.Time.Testing;
using Publishing.Statements.Classification;
using Publishing.Statements.Language;

namespace Publishing.Tests.Statements.Language;

public sealed class FallbackStatementClassifierTests
{
    private const string Text = "We fully accept the inspectors' findings and have already started our improvement plan.";
    private static readonly StatementInput Statement = new(Text, Body: "Northmoor Council");
    private static readonly KnownCouncils Councils = KnownCouncils.FromNames(["Northmoor"]);

    /// <summary>Far beyond any run's slowness, far below the hour the fake service is told to stall for.</summary>
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    private static FallbackStatementClassifier Create(FakeLanguageServer server, LanguageResilienceOptions options, TimeProvider? time = null, TextAnalysisClientOptions? clientOptions = null) =>
        Create(server.Endpoint, options, time, clientOptions);

    private static FallbackStatementClassifier Create(Uri endpoint, LanguageResilienceOptions options, TimeProvider? time = null, TextAnalysisClientOptions? clientOptions = null)
    {
        var client = new TextAnalysisClient(endpoint, new Azure.AzureKeyCredential(TestClients.Key), clientOptions ?? TestClients.Options());
        var remote = new AzureLanguageStatementClassifier(client, Councils);
        return new FallbackStatementClassifier(remote, "azure-language", new LocalStatementClassifier(Councils), LanguageResiliencePipeline.Build(options, time ?? TimeProvider.System));
    }

    private static void AssertLocalAnswer(StatementClassification result, string fallback)
    {
        var local = new LocalStatementClassifier(Councils).Classify(Statement);
        Assert.Equal(LocalStatementClassifier.Name, result.Classifier);
        Assert.Equal(fallback, result.Fallback);
        Assert.Equal((local.Stance.Value, local.Stance.Reason), (result.Stance.Value, result.Stance.Reason));
        Assert.Equal(local.Stance.Cues, result.Stance.Cues);
        Assert.Equal((local.SpeakerKind.Value, local.SpeakerKind.Reason), (result.SpeakerKind.Value, result.SpeakerKind.Reason));
        Assert.Equal((local.KeyQuote.Value, local.KeyQuote.Reason), (result.KeyQuote.Value, result.KeyQuote.Reason));
        Assert.Equal(local.Themes.Select(t => (t.Value, t.Reason)), result.Themes.Select(t => (t.Value, t.Reason)));
    }

    [Fact]
    public async Task ClassifyAsync_ServiceAnswers_ReturnsTheCombinedClassification()
    {
        await using var server = await FakeLanguageServer.StartAsync();

        var result = await Create(server, new LanguageResilienceOptions()).ClassifyAsync(Statement, CancellationToken.None);

        Assert.Equal(AzureLanguageStatementClassifier.Name, result.Classifier);
        Assert.Null(result.Fallback);
        Assert.Equal(["EntityRecognition", "KeyPhraseExtraction", "SentimentAnalysis"], server.Requests.Select(r => r.Kind).Order());
    }

    [Fact]
    public async Task ClassifyAsync_Throttled_LocalAnswersAtOnceAndRecordsIt()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Fault = _ => FakeReply.Throttled(retryAfterSeconds: 3600);
        var clientOptions = TestClients.Options();
        clientOptions.RetryPolicy = new ThrottleAwareRetryPolicy(2, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20));

        // An hour's Retry-After: had it been waited for, WaitAsync gives up long before (no wall-clock threshold to
        // trip on a loaded machine).
        var result = await Create(server, new LanguageResilienceOptions(), clientOptions: clientOptions)
            .ClassifyAsync(Statement, CancellationToken.None).AsTask().WaitAsync(GiveUpAfter);

        AssertLocalAnswer(result, "fallback: azure-language throttled (429)");
        Assert.Equal(1, server.Requests.Count(r => r.Kind == "SentimentAnalysis"));
    }

    [Fact]
    public async Task ClassifyAsync_ServerError_LocalAnswersAndRecordsTheStatusAndCode()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Fault = _ => FakeReply.ServerError();

        var result = await Create(server, new LanguageResilienceOptions()).ClassifyAsync(Statement, CancellationToken.None);

        AssertLocalAnswer(result, "fallback: azure-language failed (HTTP 500, InternalServerError)");
    }

    [Fact]
    public async Task ClassifyAsync_MalformedAnswer_LocalAnswersAndRecordsIt()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Fault = r => r.Kind == "SentimentAnalysis" ? FakeReply.Malformed() : null;

        var result = await Create(server, new LanguageResilienceOptions()).ClassifyAsync(Statement, CancellationToken.None);

        AssertLocalAnswer(result, "fallback: azure-language returned an unreadable answer (not the documented JSON)");
    }

    [Fact]
    public async Task ClassifyAsync_SlowService_TimesOutAndLocalAnswers()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Fault = r => r.Kind == "EntityRecognition" ? new FakeReply(200, "{}", Delay: TimeSpan.FromHours(1)) : null;

        var result = await Create(server, new LanguageResilienceOptions { Timeout = TimeSpan.FromMilliseconds(300) })
            .ClassifyAsync(Statement, CancellationToken.None).AsTask().WaitAsync(GiveUpAfter);

        AssertLocalAnswer(result, "fallback: azure-language timed out after 0.3 s");
    }

    [Fact]
    public async Task ClassifyAsync_NothingListening_LocalAnswersAndSaysTheServiceIsUnreachable()
    {
        Uri endpoint;
        await using (var server = await FakeLanguageServer.StartAsync())
        {
            endpoint = server.Endpoint;
        }

        var result = await Create(endpoint, new LanguageResilienceOptions()).ClassifyAsync(Statement, CancellationToken.None);

        Assert.Equal(LocalStatementClassifier.Name, result.Classifier);
        Assert.StartsWith("fallback: azure-language unreachable", result.Fallback, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassifyAsync_RepeatedFailures_OpenTheCircuitThenItClosesAfterTheBreak()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var options = new LanguageResilienceOptions { MinimumThroughput = 2, FailureRatio = 0.5, SamplingDuration = TimeSpan.FromSeconds(60), BreakDuration = TimeSpan.FromSeconds(30) };
        var classifier = Create(server, options, time);
        server.Fault = _ => FakeReply.ServerError();

        var first = await classifier.ClassifyAsync(Statement, CancellationToken.None);
        var second = await classifier.ClassifyAsync(Statement, CancellationToken.None);
        var sentBeforeOpen = server.Requests.Count;
        server.Fault = _ => null;
        var whileOpen = await classifier.ClassifyAsync(Statement, CancellationToken.None);
        var sentWhileOpen = server.Requests.Count - sentBeforeOpen;
        time.Advance(TimeSpan.FromSeconds(31));
        var afterBreak = await classifier.ClassifyAsync(Statement, CancellationToken.None);
        var closed = await classifier.ClassifyAsync(Statement, CancellationToken.None);

        Assert.Equal("fallback: azure-language failed (HTTP 500, InternalServerError)", first.Fallback);
        Assert.Equal(first.Fallback, second.Fallback);
        AssertLocalAnswer(whileOpen, "fallback: azure-language circuit open");
        Assert.Equal(0, sentWhileOpen);
        Assert.Equal(AzureLanguageStatementClassifier.Name, afterBreak.Classifier);
        Assert.Null(afterBreak.Fallback);
        Assert.Equal(AzureLanguageStatementClassifier.Name, closed.Classifier);
    }

    [Fact]
    public async Task ClassifyAsync_CallerCancels_Throws()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Fault = _ => new FakeReply(200, "{}", Delay: TimeSpan.FromSeconds(20));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Create(server, new LanguageResilienceOptions()).ClassifyAsync(Statement, cancellation.Token).AsTask());
    }
}
