using System.Text.Json;
using System.Text.Json.Serialization;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Rendering;

/// <summary>The whole summary model as JSON for comms systems: every fact with its source; camelCase, enums as strings, nulls left out.</summary>
public sealed class JsonSummaryRenderer : ISummaryRenderer
{
    // The default encoder escapes <, >, & and quotes, so the JSON is safe to embed in HTML as well.
    public static readonly JsonSerializerOptions Options = new(Hosting.Json.PublishingJsonContext.Default.Options)
    {
        TypeInfoResolver = Hosting.Json.PublishingJsonResolver.Instance,
        WriteIndented = true,
    };

    public string Format => "json";
    public string FileExtension => "json";

    public string Render(PressSummary summary) => JsonSerializer.Serialize(summary, Options).ReplaceLineEndings("\n") + "\n";
}
