using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Publishing.Statements.Language.Models;

namespace Publishing.Statements.Language;

/// <summary>
/// A small Azure.Core client for the Azure AI Language synchronous <c>POST {endpoint}/language/:analyze-text</c> API
/// (Azure.AI.TextAnalytics is not available here): sentiment with opinion mining, key phrases and named entities.
/// <para>
/// Calls with more documents than the service accepts per request (10 for sentiment and key phrases, 5 for entities)
/// are split into consecutive requests and their documents and errors merged; the returned raw response is the last one.
/// Documents over 5,120 characters are not cut here: the service answers them with a per-document error, and callers
/// that want them analysed split them first (<see cref="LanguageDocumentSplitter"/>).
/// </para>
/// <para>Non-success statuses and unreadable bodies throw <see cref="RequestFailedException"/>. Thread-safe.</para>
/// </summary>
public class TextAnalysisClient
{
    public const string DefaultScope = "https://cognitiveservices.azure.com/.default";
    public const int SentimentDocumentLimit = 10;
    public const int KeyPhraseDocumentLimit = 10;
    public const int EntityDocumentLimit = 5;

    private readonly HttpPipeline _pipeline = null!;
    private readonly Uri _endpoint = null!;
    private readonly TextAnalysisClientOptions _options = null!;

    /// <summary>For mocking.</summary>
    protected TextAnalysisClient()
    {
    }

    public TextAnalysisClient(Uri endpoint, AzureKeyCredential credential, TextAnalysisClientOptions? options = default)
        : this(endpoint, new SubscriptionKeyPolicy(credential), options)
    {
    }

    public TextAnalysisClient(Uri endpoint, TokenCredential credential, TextAnalysisClientOptions? options = default)
        : this(endpoint, new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), DefaultScope), options)
    {
    }

    private TextAnalysisClient(Uri endpoint, HttpPipelinePolicy authentication, TextAnalysisClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException($"The Language endpoint must be an absolute http(s) URI, not '{endpoint}'.", nameof(endpoint));
        }

        _endpoint = endpoint;
        _options = options ?? new TextAnalysisClientOptions();
        _pipeline = HttpPipelineBuilder.Build(_options, authentication);
    }

    public virtual Task<Response<AnalyzeTextResults<SentimentDocument>>> AnalyzeSentimentAsync(
        IEnumerable<LanguageDocument> documents, bool includeOpinionMining = true, CancellationToken cancellationToken = default) =>
        AnalyzeAsync("SentimentAnalysis", documents, SentimentDocumentLimit, includeOpinionMining, LanguageJsonContext.Default.AnalyzeTextResponseSentimentDocument, true, cancellationToken).AsTask();

    public virtual Response<AnalyzeTextResults<SentimentDocument>> AnalyzeSentiment(
        IEnumerable<LanguageDocument> documents, bool includeOpinionMining = true, CancellationToken cancellationToken = default) =>
        AnalyzeAsync("SentimentAnalysis", documents, SentimentDocumentLimit, includeOpinionMining, LanguageJsonContext.Default.AnalyzeTextResponseSentimentDocument, false, cancellationToken).EnsureCompleted();

    public virtual Task<Response<AnalyzeTextResults<KeyPhraseDocument>>> ExtractKeyPhrasesAsync(
        IEnumerable<LanguageDocument> documents, CancellationToken cancellationToken = default) =>
        AnalyzeAsync("KeyPhraseExtraction", documents, KeyPhraseDocumentLimit, null, LanguageJsonContext.Default.AnalyzeTextResponseKeyPhraseDocument, true, cancellationToken).AsTask();

    public virtual Response<AnalyzeTextResults<KeyPhraseDocument>> ExtractKeyPhrases(
        IEnumerable<LanguageDocument> documents, CancellationToken cancellationToken = default) =>
        AnalyzeAsync("KeyPhraseExtraction", documents, KeyPhraseDocumentLimit, null, LanguageJsonContext.Default.AnalyzeTextResponseKeyPhraseDocument, false, cancellationToken).EnsureCompleted();

    public virtual Task<Response<AnalyzeTextResults<EntityDocument>>> RecognizeEntitiesAsync(
        IEnumerable<LanguageDocument> documents, CancellationToken cancellationToken = default) =>
        AnalyzeAsync("EntityRecognition", documents, EntityDocumentLimit, null, LanguageJsonContext.Default.AnalyzeTextResponseEntityDocument, true, cancellationToken).AsTask();

    public virtual Response<AnalyzeTextResults<EntityDocument>> RecognizeEntities(
        IEnumerable<LanguageDocument> documents, CancellationToken cancellationToken = default) =>
        AnalyzeAsync("EntityRecognition", documents, EntityDocumentLimit, null, LanguageJsonContext.Default.AnalyzeTextResponseEntityDocument, false, cancellationToken).EnsureCompleted();

    private async ValueTask<Response<AnalyzeTextResults<TDocument>>> AnalyzeAsync<TDocument>(
        string kind, IEnumerable<LanguageDocument> documents, int limit, bool? opinionMining,
        JsonTypeInfo<AnalyzeTextResponse<TDocument>> typeInfo, bool async, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var all = documents.ToList();
        if (all.Count == 0)
        {
            throw new ArgumentException("At least one document is needed.", nameof(documents));
        }

        var merged = new List<TDocument>(all.Count);
        var errors = new List<DocumentError>();
        string? modelVersion = null;
        Response? last = null;
        foreach (var batch in all.Chunk(limit))
        {
            using var message = CreateMessage(kind, batch, opinionMining);
            if (async)
            {
                await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                _pipeline.Send(message, cancellationToken);
            }

            last = message.Response;
            var results = Read(last, typeInfo);
            merged.AddRange(results.Documents);
            errors.AddRange(results.Errors);
            modelVersion ??= results.ModelVersion;
        }

        return Response.FromValue(new AnalyzeTextResults<TDocument> { Documents = merged, Errors = errors, ModelVersion = modelVersion }, last!);
    }

    private HttpMessage CreateMessage(string kind, IReadOnlyList<LanguageDocument> documents, bool? opinionMining)
    {
        var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath("/language/:analyze-text", escape: false);
        request.Uri.AppendQuery("api-version", _options.Version, escapeValue: true);
        request.Headers.SetValue("Content-Type", "application/json");
        request.Headers.SetValue("Accept", "application/json");
        var body = new AnalyzeTextRequest
        {
            Kind = kind,
            Parameters = new AnalyzeTextParameters
            {
                ModelVersion = _options.ModelVersion,
                LoggingOptOut = _options.LoggingOptOut ? true : null,
                OpinionMining = opinionMining,
            },
            AnalysisInput = new AnalysisInput { Documents = documents },
        };
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body, LanguageJsonContext.Default.AnalyzeTextRequest));
        return message;
    }

    private static AnalyzeTextResults<TDocument> Read<TDocument>(Response response, JsonTypeInfo<AnalyzeTextResponse<TDocument>> typeInfo)
    {
        if (response.IsError || response.Status != 200)
        {
            throw new RequestFailedException(response);
        }

        try
        {
            var envelope = JsonSerializer.Deserialize(response.Content.ToMemory().Span, typeInfo);
            return envelope?.Results
                ?? throw new RequestFailedException(response.Status, "The Language service answered 200 without a \"results\" object.");
        }
        catch (JsonException ex)
        {
            throw new RequestFailedException(response.Status, $"The Language service answered 200 with a body that is not the documented JSON ({ex.Message}).", ex);
        }
    }
}
