using System.Globalization;
using System.Text.Json;

namespace Publishing.Hosting.Invocations;

/// <summary>
/// The body the Functions host posts to a custom handler for a non-HTTP trigger: <c>{"Data":{...},"Metadata":{...}}</c>.
/// The host JSON-encodes scalar values a second time (a blob name arrives as <c>"\"a.pdf\""</c>), sends byte arrays
/// as base64 and objects as nested JSON; the accessors here accept every form the host has been seen to send.
/// </summary>
public sealed class InvocationRequest
{
    private InvocationRequest(JsonElement data, JsonElement metadata)
    {
        Data = data;
        Metadata = metadata;
    }

    public JsonElement Data { get; }
    public JsonElement Metadata { get; }

    public static InvocationRequest Parse(ReadOnlySpan<byte> body)
    {
        // JsonDocument checks UTF-8 and escapes only when a string is read, by throwing InvalidOperationException
        // from wherever that happens; refuse such a payload here, once, as undecodable.
        if (!System.Text.Unicode.Utf8.IsValid(body)) throw new InvocationPayloadException("The invocation payload is not valid UTF-8.");
        using var document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 32 });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object) throw new InvocationPayloadException("The invocation payload is not a JSON object.");
        if (body.IndexOf("\\u"u8) >= 0 && !AllTextReadable(root)) throw new InvocationPayloadException("The invocation payload has a name or string that is not valid Unicode (a lone surrogate escape).");
        var data = Find(root, "Data");
        var metadata = Find(root, "Metadata");
        return new InvocationRequest(
            data is { ValueKind: JsonValueKind.Object } d ? d.Clone() : Empty(),
            metadata is { ValueKind: JsonValueKind.Object } m ? m.Clone() : Empty());
    }

    /// <summary>A string binding or metadata value, with any extra layer of JSON quoting removed.</summary>
    public string? DataString(string name) => Text(Find(Data, name));
    public string? MetadataString(string name) => Text(Find(Metadata, name));

    /// <summary>A binary binding (a blob's content): base64, possibly JSON-quoted.</summary>
    public byte[]? DataBytes(string name)
    {
        var element = Find(Data, name);
        if (element is null || element.Value.ValueKind == JsonValueKind.Null) return null;
        if (element.Value.ValueKind == JsonValueKind.Array)
            return element.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number && e.TryGetByte(out var b)
                ? b
                : throw new InvocationPayloadException($"Data.{name} is an array with an element that is not a byte (0-255).")).ToArray();
        var text = Text(element) ?? throw new InvocationPayloadException($"Data.{name} is not a string.");
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new InvocationPayloadException($"Data.{name} is not base64; a binary binding's content was expected.");
        }
    }

    public int? MetadataInt(string name)
    {
        var element = Find(Metadata, name);
        if (element is { ValueKind: JsonValueKind.Number } number && number.TryGetInt32(out var value)) return value;
        return int.TryParse(Text(element), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
    }

    /// <summary>A nested metadata object such as <c>Properties</c> or <c>RetryContext</c> (also when sent as a JSON string).</summary>
    public JsonElement? MetadataObject(string name)
    {
        var element = Find(Metadata, name);
        if (element is { ValueKind: JsonValueKind.Object }) return element;
        var text = Text(element);
        if (text is null || !text.TrimStart().StartsWith('{')) return null;
        try
        {
            using var document = JsonDocument.Parse(text);
            return AllTextReadable(document.RootElement) ? document.RootElement.Clone() : null;
        }
        catch (JsonException) { return null; }
    }

    internal static JsonElement? Find(JsonElement parent, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object) return null;
        if (parent.TryGetProperty(name, out var exact)) return exact;
        foreach (var property in parent.EnumerateObject())
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        return null;
    }

    private static string? Text(JsonElement? element)
    {
        if (element is not { } value) return null;
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString()!;
                // Double-encoded: "\"a.pdf\"" → a.pdf. Only unwrap a complete JSON string literal.
                if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
                {
                    try { return JsonSerializer.Deserialize<string>(text, Cli.JsonOutput.Compact) ?? text; }
                    catch (Exception e) when (e is JsonException or InvalidOperationException) { return text; }
                }
                return text;
            case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                return value.GetRawText();
            case JsonValueKind.Object or JsonValueKind.Array:
                return value.GetRawText();
            default:
                return null;
        }
    }

    /// <summary>With valid UTF-8 checked, a \\u escape of a lone surrogate is the only unreadable text left.</summary>
    private static bool AllTextReadable(JsonElement element)
    {
        try
        {
            return Readable(element);
        }
        catch (InvalidOperationException)
        {
            return false;
        }

        static bool Readable(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                        if (property.Name is null || !Readable(property.Value)) return false;
                    return true;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                        if (!Readable(item)) return false;
                    return true;
                case JsonValueKind.String:
                    return element.GetString() is not null;
                default:
                    return true;
            }
        }
    }

    private static JsonElement Empty()
    {
        using var document = JsonDocument.Parse("{}");
        return document.RootElement.Clone();
    }
}

/// <summary>The host sent something the handler cannot decode.</summary>
public sealed class InvocationPayloadException(string message) : Exception(message);
