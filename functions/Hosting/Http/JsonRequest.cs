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
            return (JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { MaxDepth = 16 }), null);
        }
        catch (JsonException e)
        {
            return (null, Problems.BadJson($"The body is not valid JSON: {e.Message}"));
        }
    }
}
