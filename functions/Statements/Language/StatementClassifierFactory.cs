using Azure;
using Azure.Core;
using Azure.Identity;
using Publishing.Statements.Classification;

namespace Publishing.Statements.Language;

/// <summary>
/// Picks the statement classifier from configuration: with a Language endpoint, the service combined with the local
/// rules (<see cref="AzureLanguageStatementClassifier"/>) behind <see cref="FallbackStatementClassifier"/>; without one,
/// the local rules alone. Key auth when a key is configured, otherwise <see cref="DefaultAzureCredential"/> (managed
/// identity in Azure, developer credentials locally) with the Cognitive Services scope.
/// </summary>
public static class StatementClassifierFactory
{
    public static ClassifierChoice Create(
        LanguageSettings settings,
        KnownCouncils councils,
        TimeProvider timeProvider,
        LanguageResilienceOptions? resilience = null,
        TextAnalysisClientOptions? clientOptions = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var local = new LocalStatementClassifier(councils);
        if (settings.Endpoint is null)
        {
            return new ClassifierChoice(local, $"{LocalStatementClassifier.Name} rules ({LanguageSettings.EndpointVariable} is not set)");
        }

        resilience ??= settings.Timeout is { } timeout ? new LanguageResilienceOptions { Timeout = timeout } : new LanguageResilienceOptions();
        var options = clientOptions ?? new TextAnalysisClientOptions();
        options.RetryPolicy = new ThrottleAwareRetryPolicy(resilience.TransportRetries, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2));
        options.Retry.NetworkTimeout = resilience.Timeout;
        var client = settings.Key is { } key
            ? new TextAnalysisClient(settings.Endpoint, new AzureKeyCredential(key), options)
            : new TextAnalysisClient(settings.Endpoint, CreateTokenCredential(settings), options);
        var remote = new AzureLanguageStatementClassifier(client, councils);
        var pipeline = LanguageResiliencePipeline.Build(resilience, timeProvider);
        var classifier = new FallbackStatementClassifier(remote, "azure-language", local, pipeline);
        return new ClassifierChoice(classifier, $"{AzureLanguageStatementClassifier.Name} at {settings} with {LocalStatementClassifier.Name} fallback (timeout {resilience.Timeout.TotalSeconds:0.#} s)");
    }

    private static TokenCredential CreateTokenCredential(LanguageSettings settings) =>
        new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = settings.ManagedIdentityClientId });
}
