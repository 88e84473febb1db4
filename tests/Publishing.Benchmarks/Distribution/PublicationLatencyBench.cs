using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Publishing.Benchmarks.Intake;
using Publishing.Hosting;
using Publishing.Hosting.Local;
using Publishing.Statements;
using Publishing.Statements.Keys;
using Publishing.Storage;

namespace Publishing.Benchmarks.Distribution;

/// <summary>
/// Time from a report landing in the reports container to its entry in the feed and its webhook delivery, on the
/// local host (Azurite, queue steps in-process), for several reports in turn; then feed polling with 304s.
/// Usage: ... -- publication [reports folder] [count=10]
/// </summary>
internal static class PublicationLatencyBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus", "reports");
        var count = args.Length > 1 ? int.Parse(args[1]) : 10;
        var pdfs = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).Where((_, i) => i % 16 == 0).Take(count).ToList();
        await using var azurite = new AzuriteLauncher(AzuriteLauncher.FindToolDirectory() ?? throw new InvalidOperationException("infra/azurite not found"));
        await azurite.StartAsync();

        var received = new ConcurrentDictionary<string, long>();
        var receiverPort = FreePort();
        var receiverBuilder = WebApplication.CreateSlimBuilder();
        receiverBuilder.WebHost.UseUrls($"http://127.0.0.1:{receiverPort}");
        receiverBuilder.Logging.ClearProviders();
        var receiver = receiverBuilder.Build();
        receiver.MapPost("/hook", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            foreach (var pdf in pdfs) if (body.Contains(Path.GetFileNameWithoutExtension(pdf))) received.TryAdd(Path.GetFileNameWithoutExtension(pdf), Stopwatch.GetTimestamp());
            return Results.Ok();
        });
        await receiver.StartAsync();

        var port = FreePort();
        var app = PublishingApp.Build(new PublishingHostOptions
        {
            Storage = new StorageOptions { ConnectionString = azurite.ConnectionString },
            Urls = [$"http://127.0.0.1:{port}"],
            PublicBaseUrl = new Uri($"http://127.0.0.1:{port}/"),
            RunsPipelineLocally = true,
            SecretProtectionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            AllowLoopbackWebhooks = true,
        });
        var storage = app.Services.GetRequiredService<PublishingStorage>();
        await storage.EnsureCreatedAsync();
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var key = (await app.Services.GetRequiredService<ApiKeyStore>().IssueAsync(new SubmittingBody("Bench Press", "independent"))).Secret.ToString();
        using (var subscribe = new HttpRequestMessage(HttpMethod.Post, "/api/subscriptions"))
        {
            subscribe.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            subscribe.Content = new StringContent($$"""{"webhookUrl":"http://127.0.0.1:{{receiverPort}}/hook"}""", Encoding.UTF8, "application/json");
            (await http.SendAsync(subscribe)).EnsureSuccessStatusCode();
        }

        var reports = storage.Container(storage.Names.Reports);
        var rows = new List<(string Report, double Feed, double Webhook)>();
        foreach (var pdf in pdfs)
        {
            var id = Path.GetFileNameWithoutExtension(pdf);
            var bytes = await File.ReadAllBytesAsync(pdf);
            var started = Stopwatch.GetTimestamp();
            await reports.GetBlobClient(Path.GetFileName(pdf)).UploadAsync(BinaryData.FromBytes(bytes));
            double feed = double.NaN;
            while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60))
            {
                if ((await http.GetStringAsync("/api/feeds/all.json")).Contains($"summary/{id}\"")) { feed = Stopwatch.GetElapsedTime(started).TotalMilliseconds; break; }
                await Task.Delay(10);
            }
            while (!received.ContainsKey(id) && Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60)) await Task.Delay(10);
            var webhook = received.TryGetValue(id, out var at) ? Stopwatch.GetElapsedTime(started, at).TotalMilliseconds : double.NaN;
            rows.Add((id, feed, webhook));
            Console.WriteLine($"{id,-40} feed entry {feed,7:F0} ms   webhook {webhook,7:F0} ms");
        }

        var etag = (await http.GetAsync("/api/feeds/all.atom")).Headers.ETag!;
        var polling = await LatencyRecorder.RunAsync("feed polls with If-None-Match (304)", 20_000, 50, async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/feeds/all.atom");
            request.Headers.IfNoneMatch.Add(etag);
            using var response = await http.SendAsync(request);
            return ((int)response.StatusCode).ToString();
        });

        Console.WriteLine();
        Console.WriteLine($"Report landing → feed entry: median {Median(rows.Select(r => r.Feed)):F0} ms, max {rows.Max(r => r.Feed):F0} ms");
        Console.WriteLine($"Report landing → webhook delivered: median {Median(rows.Select(r => r.Webhook)):F0} ms, max {rows.Max(r => r.Webhook):F0} ms   (target < 2000 ms)");
        Console.WriteLine(polling);
        await app.StopAsync();
        await receiver.StopAsync();
        return rows.All(r => !double.IsNaN(r.Feed) && !double.IsNaN(r.Webhook)) ? 0 : 1;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
