using System.Diagnostics.Tracing;
using System.Text.Json;
using Azure;
using Azure.Core.Diagnostics;
using Publishing.Statements.Language;
using Publishing.Statements.Language.Models;

namespace Publishing.Tests.Statements.Language;

public sealed class TextAnalysisClientTests
{
    private static readonly LanguageDocument[] OneDocument = [new("1", "The inspection was thorough and fair.")];

    [Fact]
    public async Task AnalyzeSentimentAsync_KeyCredential_SendsTheDocumentedRequest()
    {
        await using var server = await FakeLanguageServer.StartAsync();

        await TestClients.Create(server).AnalyzeSentimentAsync(OneDocument);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/language/:analyze-text", request.Path);
        Assert.Equal("?api-version=2023-04-01", request.Query);
        Assert.Equal(TestClients.Key, request.Header("Ocp-Apim-Subscription-Key"));
        Assert.Null(request.Header("Authorization"));
        Assert.StartsWith("application/json", request.Header("Content-Type"), StringComparison.Ordinal);
        using var body = JsonDocument.Parse(request.RawBody);
        var root = body.RootElement;
        Assert.Equal("SentimentAnalysis", root.GetProperty("kind").GetString());
        var parameters = root.GetProperty("parameters");
        Assert.True(parameters.GetProperty("opinionMining").GetBoolean());
        Assert.Equal("Utf16CodeUnit", parameters.GetProperty("stringIndexType").GetString());
        Assert.Equal("latest", parameters.GetProperty("modelVersion").GetString());
        Assert.False(parameters.TryGetProperty("loggingOptOut", out _));
        var document = Assert.Single(root.GetProperty("analysisInput").GetProperty("documents").EnumerateArray().ToList());
        Assert.Equal("1", document.GetProperty("id").GetString());
        Assert.Equal("en", document.GetProperty("language").GetString());
        Assert.Equal(OneDocument[0].Text, document.GetProperty("text").GetString());
    }

    [Fact]
    public async Task ExtractKeyPhrasesAsync_Always_SendsItsKindWithoutOpinionMining()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.KeyPhrases = _ => ["inspection", "improvement plan"];

        var response = await TestClients.Create(server).ExtractKeyPhrasesAsync(OneDocument);

        using var body = JsonDocument.Parse(Assert.Single(server.Requests).RawBody);
        Assert.Equal("KeyPhraseExtraction", body.RootElement.GetProperty("kind").GetString());
        Assert.False(body.RootElement.GetProperty("parameters").TryGetProperty("opinionMining", out _));
        Assert.Equal(["inspection", "improvement plan"], Assert.Single(response.Value.Documents).KeyPhrases);
        Assert.Equal(LanguageResponses.ModelVersion, response.Value.ModelVersion);
        Assert.Equal(200, response.GetRawResponse().Status);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_OpinionMiningAnswer_ParsesSentencesTargetsAssessmentsAndRelations()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Opinions = _ => [new FakeOpinion("inspection", "thorough", "positive", 0.97), new FakeOpinion("grade", "unfair", "negative", 0.88, Negated: false)];
        var text = "We welcome the visit. The inspection was thorough. But the grade is unfair.";

        var response = await TestClients.Create(server).AnalyzeSentimentAsync([new LanguageDocument("7", text)]);

        var document = Assert.Single(response.Value.Documents);
        Assert.Equal("7", document.Id);
        Assert.Equal(3, document.Sentences.Count);
        var second = document.Sentences[1];
        Assert.Equal("The inspection was thorough.", second.Text);
        Assert.Equal(text.IndexOf("The inspection", StringComparison.Ordinal), second.Offset);
        var target = Assert.Single(second.Targets);
        Assert.Equal("inspection", target.Text);
        Assert.Equal(0.97, target.ConfidenceScores.Positive, 2);
        Assert.Equal("#/documents/0/sentences/1/assessments/0", Assert.Single(target.Relations).Ref);
        var assessment = Assert.Single(second.Assessments);
        Assert.Equal(("thorough", "positive", false), (assessment.Text, assessment.Sentiment, assessment.IsNegated));
        Assert.Equal(text.IndexOf("thorough", StringComparison.Ordinal), assessment.Offset);
        Assert.Equal("negative", Assert.Single(document.Sentences[2].Assessments).Sentiment);
        Assert.Equal(0.6, document.ConfidenceScores.Neutral, 2);
    }

    [Fact]
    public async Task RecognizeEntitiesAsync_EntitiesAnswer_ParsesCategoriesSubcategoriesAndScores()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Entities = _ => [new FakeEntity("Kent County Council", "Organization", Confidence: 0.93), new FakeEntity("£4m", "Quantity", "Currency", 0.8)];

        var response = await TestClients.Create(server).RecognizeEntitiesAsync([new LanguageDocument("1", "Kent County Council has found £4m for social work.")]);

        var entities = Assert.Single(response.Value.Documents).Entities;
        Assert.Equal(2, entities.Count);
        Assert.Equal(("Kent County Council", "Organization", (string?)null, 0), (entities[0].Text, entities[0].Category, entities[0].Subcategory, entities[0].Offset));
        Assert.Equal(0.93, entities[0].ConfidenceScore, 2);
        Assert.Equal(("£4m", "Quantity", "Currency"), (entities[1].Text, entities[1].Category, entities[1].Subcategory));
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_DocumentOverTheLimit_ReturnsItsErrorAndTheOtherDocuments()
    {
        await using var server = await FakeLanguageServer.StartAsync();

        var response = await TestClients.Create(server).AnalyzeSentimentAsync([new LanguageDocument("1", "Fine."), new LanguageDocument("2", new string('a', 5121))]);

        Assert.Equal("1", Assert.Single(response.Value.Documents).Id);
        var error = Assert.Single(response.Value.Errors);
        Assert.Equal("2", error.Id);
        Assert.Equal("InvalidArgument", error.Error.Code);
        Assert.Equal("InvalidDocument", error.Error.Innererror?.Code);
    }

    [Theory]
    [InlineData("entities", 12, new[] { 5, 5, 2 })]
    [InlineData("sentiment", 23, new[] { 10, 10, 3 })]
    [InlineData("keyphrases", 10, new[] { 10 })]
    public async Task Analyze_MoreDocumentsThanOneRequestTakes_SplitsIntoRequestsWithinTheLimitAndMergesInOrder(string kind, int count, int[] expectedBatches)
    {
        await using var server = await FakeLanguageServer.StartAsync();
        var client = TestClients.Create(server);
        var documents = Enumerable.Range(1, count).Select(i => new LanguageDocument(i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Statement number {i}.")).ToList();

        IReadOnlyList<string> ids = kind switch
        {
            "entities" => (await client.RecognizeEntitiesAsync(documents)).Value.Documents.Select(d => d.Id).ToList(),
            "sentiment" => (await client.AnalyzeSentimentAsync(documents)).Value.Documents.Select(d => d.Id).ToList(),
            _ => (await client.ExtractKeyPhrasesAsync(documents)).Value.Documents.Select(d => d.Id).ToList(),
        };

        Assert.Equal(expectedBatches, server.Requests.Select(r => r.Documents.Count));
        Assert.Equal(documents.Select(d => d.Id), ids);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_ServerError_ThrowsRequestFailedExceptionWithTheServiceErrorCode()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Fault = _ => FakeReply.ServerError();

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => TestClients.Create(server).AnalyzeSentimentAsync(OneDocument));

        Assert.Equal(500, ex.Status);
        Assert.Equal("InternalServerError", ex.ErrorCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_MalformedJson_ThrowsRequestFailedExceptionWithTheParseError()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Fault = _ => FakeReply.Malformed();

        var ex = await Assert.ThrowsAsync<RequestFailedException>(() => TestClients.Create(server).AnalyzeSentimentAsync(OneDocument));

        Assert.IsAssignableFrom<JsonException>(ex.InnerException);
        Assert.Contains("not the documented JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThrottleAwareRetryPolicy_Throttled_DoesNotRetryButRetriesAServerError()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        var options = TestClients.Options();
        options.RetryPolicy = new ThrottleAwareRetryPolicy(1, TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20));
        var client = TestClients.Create(server, options);

        server.Fault = _ => FakeReply.Throttled(retryAfterSeconds: 30);
        var throttled = await Assert.ThrowsAsync<RequestFailedException>(() => client.AnalyzeSentimentAsync(OneDocument));
        var afterThrottle = server.Requests.Count;
        server.Fault = _ => FakeReply.ServerError();
        await Assert.ThrowsAsync<RequestFailedException>(() => client.AnalyzeSentimentAsync(OneDocument));

        Assert.Equal(429, throttled.Status);
        Assert.Equal(1, afterThrottle);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task AnalyzeSentiment_SyncCall_SendsTheSameRequest()
    {
        await using var server = await FakeLanguageServer.StartAsync();

        var response = TestClients.Create(server).AnalyzeSentiment(OneDocument);

        Assert.Equal("1", Assert.Single(response.Value.Documents).Id);
        Assert.Equal("SentimentAnalysis", Assert.Single(server.Requests).Kind);
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_AzureCoreLoggingOn_NeverLogsTheKey()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        var messages = new List<string>();
        using (new AzureEventSourceListener((_, message) => { lock (messages) { messages.Add(message); } }, EventLevel.Verbose))
        {
            await TestClients.Create(server).AnalyzeSentimentAsync(OneDocument);
        }

        Assert.Contains(messages, m => m.Contains("Ocp-Apim-Subscription-Key", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(messages, m => m.Contains(TestClients.Key, StringComparison.Ordinal));
        Assert.Equal(TestClients.Key, Assert.Single(server.Requests).Header("Ocp-Apim-Subscription-Key"));
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_TokenCredential_SendsABearerTokenForTheCognitiveServicesScope()
    {
        using var certificate = LoopbackCertificate.Create();
        await using var server = await FakeLanguageServer.StartAsync(certificate);
        var credential = new RecordingTokenCredential("fake-entra-token");
        var options = TestClients.Options();
        options.Transport = new Azure.Core.Pipeline.HttpClientTransport(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        });

        await new TextAnalysisClient(server.Endpoint, credential, options).AnalyzeSentimentAsync(OneDocument);

        var request = Assert.Single(server.Requests);
        Assert.Equal("https", server.Endpoint.Scheme);
        Assert.Equal("Bearer fake-entra-token", request.Header("Authorization"));
        Assert.Null(request.Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal([TextAnalysisClient.DefaultScope], credential.Scopes.Distinct());
    }

    [Fact]
    public void Constructor_BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new TextAnalysisClient(null!, new AzureKeyCredential("k")));
        Assert.Throws<ArgumentNullException>(() => new TextAnalysisClient(new Uri("https://x.cognitiveservices.azure.com/"), (AzureKeyCredential)null!));
        Assert.Throws<ArgumentException>(() => new TextAnalysisClient(new Uri("ftp://x/"), new AzureKeyCredential("k")));
        Assert.Throws<NotSupportedException>(() => new TextAnalysisClientOptions((TextAnalysisClientOptions.ServiceVersion)0));
    }

    [Fact]
    public async Task AnalyzeSentimentAsync_NoDocuments_ThrowsBeforeSending()
    {
        await using var server = await FakeLanguageServer.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => TestClients.Create(server).AnalyzeSentimentAsync([]));

        Assert.Empty(server.Requests);
    }
}
