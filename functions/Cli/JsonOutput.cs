using System.Text.Encodings.Web;
using System.Text.Json;
using Publishing.Hosting.Json;

namespace Publishing.Cli;

/// <summary>
/// The one JSON shape the app prints, stores and serves: camelCase, enums as strings, nulls left out. Types resolve
/// only through the source-generated <see cref="PublishingJsonContext"/> (Native AOT safe).
/// </summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Indented = Create(true);
    public static readonly JsonSerializerOptions Compact = Create(false);

    private static JsonSerializerOptions Create(bool indented) => new(PublishingJsonContext.Default.Options)
    {
        TypeInfoResolver = PublishingJsonResolver.Instance,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
