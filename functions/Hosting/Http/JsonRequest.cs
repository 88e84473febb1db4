using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Publishing.Hosting.Http;

/// <summary>Reads a JSON request body within a size limit, answering 415, 413 or 400 as RFC 9457 problems.</summary>
public static class JsonRequest
{
    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpRequest request, long maxBytes)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType) ||
            !(mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
              mediaType.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)))
            return (null, Problems.UnsupportedMediaType());
        if (request.ContentLength > maxBytes) return (null, Problems.TooLarge(maxBytes));

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, Problems.TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, Problems.BadJson("The request body is empty."));
        try
        {
            var document = JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
            if (HasInvalidString(document.RootElement))
            {
                document.Dispose();
                return (null, Problems.BadJson("The body contains a string that is not valid Unicode (an escaped lone surrogate)."));
            }
            return (document, null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadJson($"The body is not valid JSON: {e.Message}"));
        }
    }

    /// <summary>
    /// An escaped lone surrogate (<c>"\ud800"</c>) parses but throws when read as a string; finding it here answers 400
    /// instead of letting the handler fail with 500.
    /// </summary>
    private static bool HasInvalidString(JsonElement element)
    {
        try
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    element.GetString();
                    return false;
                case JsonValueKind.Array:
                    return element.EnumerateArray().Any(HasInvalidString);
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        _ = property.Name;
                        if (HasInvalidString(property.Value)) return true;
                    }
                    return false;
                default:
                    return false;
            }
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }
}
