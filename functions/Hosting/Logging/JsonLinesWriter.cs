using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Publishing.Hosting.Logging;

/// <summary>Serialises log entries to JSON lines and writes each whole line at once, so concurrent entries never interleave.</summary>
internal sealed class JsonLinesWriter(Stream output, TimeProvider time) : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Default };
    private readonly Lock _gate = new();

    public void Write(LogEntry entry, IExternalScopeProvider scopes)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fffZ", CultureInfo.InvariantCulture));
            json.WriteString("level", entry.Level.ToString());
            json.WriteString("category", entry.Category);
            if (entry.EventId.Id != 0) json.WriteNumber("eventId", entry.EventId.Id);
            json.WriteString("message", entry.Message);
            if (entry.Exception is { } exception) json.WriteString("exception", exception.ToString());
            WriteState(json, entry.State);
            WriteScopes(json, scopes);
            json.WriteEndObject();
        }
        buffer.Write("\n"u8);
        lock (_gate)
        {
            output.Write(buffer.WrittenSpan);
            output.Flush();
        }
    }

    private static void WriteState(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, object?>>? state)
    {
        if (state is null || state.Count <= 1) return; // the template alone ({OriginalFormat}) adds nothing to the message
        json.WriteStartObject("state");
        foreach (var (key, value) in state) WriteProperty(json, key, value);
        json.WriteEndObject();
    }

    private static void WriteScopes(Utf8JsonWriter json, IExternalScopeProvider scopes)
    {
        var any = false;
        scopes.ForEachScope((scope, writer) =>
        {
            if (!any)
            {
                writer.WriteStartObject("scopes");
                any = true;
            }
            if (scope is IEnumerable<KeyValuePair<string, object?>> properties)
                foreach (var (key, value) in properties) WriteProperty(writer, key, value);
            else if (scope is not null)
                writer.WriteString("scope", Convert.ToString(scope, CultureInfo.InvariantCulture));
        }, json);
        if (any) json.WriteEndObject();
    }

    private static void WriteProperty(Utf8JsonWriter json, string key, object? value)
    {
        if (key == "{OriginalFormat}") return;
        switch (value)
        {
            case null: json.WriteNull(key); break;
            case bool b: json.WriteBoolean(key, b); break;
            case int or long or short or byte or uint or ushort or sbyte: json.WriteNumber(key, Convert.ToInt64(value, CultureInfo.InvariantCulture)); break;
            case ulong u: json.WriteNumber(key, u); break;
            case decimal m: json.WriteNumber(key, m); break;
            case double d when double.IsFinite(d): json.WriteNumber(key, d); break;
            case float f when float.IsFinite(f): json.WriteNumber(key, f); break;
            default: json.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    public void Dispose() => output.Flush();
}
