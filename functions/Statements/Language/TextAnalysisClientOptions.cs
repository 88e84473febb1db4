using Azure.Core;

namespace Publishing.Statements.Language;

/// <summary>Options for <see cref="TextAnalysisClient"/>: the REST API version, the model version, and Azure.Core's pipeline options.</summary>
public class TextAnalysisClientOptions : ClientOptions
{
    private const ServiceVersion LatestVersion = ServiceVersion.V2023_04_01;

    /// <summary>The Language REST API versions this client knows the wire shapes of.</summary>
    public enum ServiceVersion
    {
        V2023_04_01 = 1,
    }

    public TextAnalysisClientOptions(ServiceVersion version = LatestVersion)
    {
        Version = version switch
        {
            ServiceVersion.V2023_04_01 => "2023-04-01",
            _ => throw new NotSupportedException($"Language API service version {version} is not supported."),
        };
    }

    /// <summary>The <c>api-version</c> query value.</summary>
    public string Version { get; }

    /// <summary>The <c>modelVersion</c> parameter; "latest" unless pinned for reproducible results.</summary>
    public string ModelVersion { get; set; } = "latest";

    /// <summary>When true, asks the service not to log input text for troubleshooting (<c>loggingOptOut</c>).</summary>
    public bool LoggingOptOut { get; set; }
}
