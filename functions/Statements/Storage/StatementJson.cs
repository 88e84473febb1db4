using System.Text.Json;
using Publishing.Cli;

namespace Publishing.Statements.Storage;

/// <summary>The JSON shape statements are stored and served in: the command line's (camelCase, enum names).</summary>
internal static class StatementJson
{
    public static JsonSerializerOptions Options => JsonOutput.Compact;
}
