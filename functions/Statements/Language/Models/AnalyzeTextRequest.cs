namespace Publishing.Statements.Language.Models;

/// <summary>The body of a synchronous <c>:analyze-text</c> call: <c>{"kind","parameters","analysisInput":{"documents":[...]}}</c>.</summary>
internal sealed class AnalyzeTextRequest
{
    public required string Kind { get; init; }

    public required AnalyzeTextParameters Parameters { get; init; }

    public required AnalysisInput AnalysisInput { get; init; }
}

internal sealed class AnalyzeTextParameters
{
    public string ModelVersion { get; init; } = "latest";

    /// <summary>Utf16CodeUnit so that offsets and lengths index .NET strings directly.</summary>
    public string StringIndexType { get; init; } = "Utf16CodeUnit";

    public bool? LoggingOptOut { get; init; }

    /// <summary>Only for SentimentAnalysis; left out of the JSON otherwise.</summary>
    public bool? OpinionMining { get; init; }
}

internal sealed class AnalysisInput
{
    public required IReadOnlyList<LanguageDocument> Documents { get; init; }
}
