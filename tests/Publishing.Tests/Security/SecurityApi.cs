using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Security;

/// <summary>The requests the security suites make against a <see cref="TestServer"/>: keyed JSON calls, report uploads and waits.</summary>
internal static class SecurityApi
{
    public const string Report = "northmoor-2025-11-14";
    public static readonly string SamplePdf = Path.Combine(RepositoryPaths.Root, "samples", "reports", Report + ".pdf");

    public static HttpRequestMessage Request(HttpMethod method, string path, string? key, string? json = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (key is not null) request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }

    public static async Task<(HttpStatusCode Status, string Body)> SendAsync(TestServer server, HttpMethod method, string path, string? key, string? json = null)
    {
        using var request = Request(method, path, key, json);
        using var response = await server.Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static string Statement(string text, string speaker = "Sam Example", string? role = "Spokesperson", DateTimeOffset? embargoUntil = null)
    {
        var body = new Dictionary<string, object?> { ["text"] = text, ["speaker"] = speaker, ["role"] = role, ["report"] = Report };
        if (embargoUntil is { } at) body["embargoUntil"] = at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        return JsonSerializer.Serialize(body);
    }

    /// <summary>Submits a statement and returns its id; fails the test unless it was accepted.</summary>
    public static async Task<string> SubmitAsync(TestServer server, string key, string json)
    {
        var (status, body) = await SendAsync(server, HttpMethod.Post, "/api/statements", key, json);
        Assert.True(status == HttpStatusCode.Accepted, $"statement not accepted: {(int)status} {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetString()!;
    }

    /// <summary>Creates a webhook subscription and returns its id and the secret shown once.</summary>
    public static async Task<(string Id, string Secret)> SubscribeAsync(TestServer server, string key, Uri webhook)
    {
        var (status, body) = await SendAsync(server, HttpMethod.Post, "/api/subscriptions", key, JsonSerializer.Serialize(new { webhookUrl = webhook.AbsoluteUri }));
        Assert.True(status == HttpStatusCode.Created, $"subscription not created: {(int)status} {body}");
        var root = JsonDocument.Parse(body).RootElement;
        return (root.GetProperty("id").GetString()!, root.GetProperty("webhookSecret").GetString()!);
    }

    public static async Task UploadSampleReportAsync(TestServer server) =>
        await server.Storage.Container(server.Storage.Names.Reports).GetBlobClient(Report + ".pdf")
            .UploadAsync(BinaryData.FromBytes(File.ReadAllBytes(SamplePdf)), overwrite: true);

    /// <summary>Polls the public summary until <paramref name="until"/> holds (60 s at most).</summary>
    public static async Task<JsonElement> WaitForSummaryAsync(TestServer server, Func<JsonElement, bool>? until = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await server.Client.GetAsync($"/api/summaries/{Report}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
                if (until is null || until(summary)) return summary;
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"No summary for {Report} matching the condition within 60 s.");
    }

    public static async Task<T> WaitAsync<T>(Func<T?> probe, string what) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (probe() is { } value) return value;
            await Task.Delay(100);
        }
        throw new TimeoutException($"{what} did not happen within 60 s.");
    }
}
