using System.Text.Json;
using System.Text.Json.Serialization;
using Publishing.Statements.Language.Models;

namespace Publishing.Statements.Language;

/// <summary>Source-generated serialisation of the Language wire shapes (no reflection, so Native-AOT and trimming safe).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AnalyzeTextRequest))]
[JsonSerializable(typeof(AnalyzeTextResponse<SentimentDocument>))]
[JsonSerializable(typeof(AnalyzeTextResponse<KeyPhraseDocument>))]
[JsonSerializable(typeof(AnalyzeTextResponse<EntityDocument>))]
internal sealed partial class LanguageJsonContext : JsonSerializerContext;
