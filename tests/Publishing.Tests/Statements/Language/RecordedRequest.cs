using System.Text.Json.Nodes;

namespace Publishing.Tests.Statements.Language;

/// <summary>One request the fake Language server received, as it arrived on the wire.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string RawBody, JsonNode? Body)
{
    public string? Kind => Body?["kind"]?.GetValue<string>();

    public IReadOnlyList<(string Id, string Text)> Documents =>
        Body?["analysisInput"]?["documents"]?.AsArray()
            .Select(d => (d!["id"]!.GetValue<string>(), d["text"]!.GetValue<string>()))
            .ToList() ?? [];

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
