using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Hosting;
using Publishing.Hosting.Http;
using Publishing.Hosting.Local;
using Publishing.Statements;
using Publishing.Statements.Keys;
using Publishing.Storage;

namespace Publishing.Benchmarks.Intake;

/// <summary>
/// Statement intake under load on loopback with Azurite, beside two ceilings measured in the same run at the same
/// concurrency: the same server's trivial endpoint (GET /), and plain blob writes of the same size straight to the
/// same storage. Then checks every 202: readable by its id, listed under its report, no duplicates.
/// With <c>--outage</c>, storage is stopped a third of the way through the intake phase and restarted five seconds
/// later: requests meanwhile must get 503 with Retry-After, and every 202 must still be readable afterwards.
/// Usage: dotnet run -c Release --project tests/Publishing.Benchmarks -- intake [statements=5000] [clients=50, or levels: 8,16,50] [--outage]
/// </summary>
internal static class IntakeLoadBench
{
    private const int Reports = 20;

    public static async Task<int> RunAsync(string[] args)
    {
        var outage = args.Contains("--outage");
        args = args.Where(a => a != "--outage").ToArray();
        var total = args.Length > 0 ? int.Parse(args[0]) : 5000;
        // One level or several ("8,16,50"): each level measures its ceilings and the intake at that concurrency.
        var levels = (args.Length > 1 ? args[1] : "50").Split(',').Select(int.Parse).ToArray();
        var clients = levels.Max();
        var tool = AzuriteLauncher.FindToolDirectory() ?? throw new InvalidOperationException("infra/azurite not found");
        var data = outage ? Directory.CreateTempSubdirectory("intake-outage-") : null; // persisted, so a restart keeps what was stored
        await using var azurite = new AzuriteLauncher(tool, data?.FullName);
        await azurite.StartAsync();
        var port = FreePort();
        var storageOptions = new StorageOptions { ConnectionString = azurite.ConnectionString, MaxRetries = outage ? 0 : 2, NetworkTimeout = TimeSpan.FromSeconds(outage ? 2 : 10) };
        var app = PublishingApp.Build(new PublishingHostOptions
        {
            Storage = storageOptions,
            Urls = [$"http://127.0.0.1:{port}"],
            RateLimit = new RateLimitOptions { PermitsPerSecond = 1_000_000, Burst = 1_000_000 },
        });
        var storage = app.Services.GetRequiredService<PublishingStorage>();
        await storage.EnsureCreatedAsync();
        await app.StartAsync();
        var keys = app.Services.GetRequiredService<ApiKeyStore>();
        var bodyKeys = new string[clients];
        for (var i = 0; i < clients; i++) bodyKeys[i] = (await keys.IssueAsync(new SubmittingBody($"Body {i}", "sector-body"))).Secret.ToString();

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var payloads = Enumerable.Range(0, 64).Select(Statement).ToArray();
        var blobSize = Encoding.UTF8.GetByteCount(payloads[0]) + 1500; // a stored statement carries its classification

        // Warm-up: JIT, connection pools, Azurite.
        await LatencyRecorder.RunAsync("warm-up", 500, clients, i => PostAsync(http, bodyKeys[i % clients], payloads[i % payloads.Length], null));

        var raw = storage.Container(storage.Names.State);
        var blob = BinaryData.FromBytes(new byte[blobSize]);
        var accepted = new ConcurrentBag<(string Id, string Report)>();
        var retryAfterMissing = 0;
        var retried503 = 0;
        Task? outageTask = null;
        var measured = new List<(int Clients, LatencyRecorder.Result Trivial, LatencyRecorder.Result Raw, LatencyRecorder.Result Intake)>();
        foreach (var level in levels)
        {
            var trivial = await LatencyRecorder.RunAsync($"ceiling: GET / (same server), {level} clients", total, level, async i =>
            {
                using var response = await http.GetAsync("/");
                return ((int)response.StatusCode).ToString();
            });
            var rawWrites = await LatencyRecorder.RunAsync($"ceiling: raw blob writes ({blobSize} B), {level} clients", total, level, async i =>
            {
                var response = await raw.GetBlobClient($"bench/{Guid.NewGuid():N}").UploadAsync(blob);
                return response.GetRawResponse().Status.ToString();
            });
            var intake = await LatencyRecorder.RunAsync(outage ? $"intake with a 5 s storage outage, {level} clients" : $"intake: POST /api/statements, {level} clients", total, level, async i =>
            {
                if (outage && i == total / 3) outageTask = Task.Run(async () =>
                {
                    await azurite.StopAsync();
                    Console.WriteLine($"storage stopped at request {i}");
                    await Task.Delay(TimeSpan.FromSeconds(5));
                    await azurite.StartAsync();
                    Console.WriteLine("storage restarted");
                });
                // A tenth carry an Idempotency-Key (one more write); in the outage run all do, because clients retry every 503
                // after its Retry-After with the same key, as a real client would, so each statement is accepted exactly once.
                var idempotency = outage || i % 10 == 0 ? $"bench-{level}-{i}" : null;
                var statuses = new List<string>();
                while (true)
                {
                    var (status, id, retryAfter) = await PostFullAsync(http, bodyKeys[i % clients], payloads[i % payloads.Length], idempotency);
                    statuses.Add(status);
                    if (status == "202") accepted.Add((id!, ReportOf(i % payloads.Length)));
                    if (status == "503" && !retryAfter) Interlocked.Increment(ref retryAfterMissing);
                    if (!outage || status != "503" || retryAfter is false) break;
                    Interlocked.Increment(ref retried503);
                    await Task.Delay(TimeSpan.FromSeconds(5));
                }
                return statuses[^1];
            });
            if (outageTask is not null) await outageTask;
            measured.Add((level, trivial, rawWrites, intake));
            Console.WriteLine($"{level} clients: GET / {trivial.PerSecond:F0}/s; raw writes {rawWrites.PerSecond:F0}/s p99 {rawWrites.P99Ms:F1} ms; intake {intake.PerSecond:F0}/s p50 {intake.P50Ms:F1} ms p99 {intake.P99Ms:F1} ms");
        }
        var (_, _, rawAtMost, _) = measured[^1];

        // The same intake at a sustainable offered rate (half the raw storage ceiling): latency when not saturated.
        var pacedRate = Math.Max(10, rawAtMost.PerSecond / 2);
        var pacedTotal = (int)Math.Min(total, pacedRate * 10);
        var paced = await LatencyRecorder.RunAsync($"intake paced at {pacedRate:F0}/s", pacedTotal, clients, async i =>
        {
            var (status, id) = await PostWithIdAsync(http, bodyKeys[i % clients], payloads[i % payloads.Length], null);
            if (status == "202") accepted.Add((id!, ReportOf(i % payloads.Length)));
            return status;
        }, pacedRate);

        // Zero loss: every 202 readable by id and listed once under its report.
        var ids = accepted.Select(a => a.Id).ToList();
        var listed = new HashSet<string>();
        var duplicates = 0;
        for (var r = 0; r < Reports; r++)
        {
            using var list = JsonDocument.Parse(await http.GetStringAsync($"/api/statements?report={ReportOf(r)}"));
            foreach (var statement in list.RootElement.GetProperty("statements").EnumerateArray())
                if (!listed.Add(statement.GetProperty("id").GetString()!)) duplicates++;
        }
        var unreadable = 0;
        foreach (var sample in ids.Where((_, i) => i % 20 == 0))
            if ((await http.GetAsync($"/api/statements/{sample}")).StatusCode != HttpStatusCode.OK) unreadable++;
        var missing = ids.Count(id => !listed.Contains(id));

        Console.WriteLine();
        Console.WriteLine($"Statement intake on loopback, Azurite storage, {total} operations each phase ({Environment.ProcessorCount} cores)");
        foreach (var (level, trivial, rawWrites, intake) in measured)
        {
            Console.WriteLine(trivial);
            Console.WriteLine(rawWrites);
            Console.WriteLine(intake);
            Console.WriteLine($"  {level} clients: intake / raw storage rate {intake.PerSecond / rawWrites.PerSecond:P0} (target ≥ 80%); intake p99 {intake.P99Ms:F1} ms (target < 50 ms)");
        }
        Console.WriteLine(paced);
        Console.WriteLine($"paced at half the storage ceiling: p50 {paced.P50Ms:F1} ms, p99 {paced.P99Ms:F1} ms");
        if (outage) Console.WriteLine($"503s answered during the outage (each retried after Retry-After with the same Idempotency-Key): {retried503}; 503s without Retry-After: {retryAfterMissing}");
        Console.WriteLine($"202s: {ids.Count}; listed under their reports: {listed.Count}; missing: {missing}; duplicates: {duplicates}; unreadable of {ids.Count / 20 + 1} sampled: {unreadable}");
        await app.StopAsync();
        data?.Delete(recursive: true);
        return missing == 0 && duplicates == 0 && unreadable == 0 && retryAfterMissing == 0 ? 0 : 1;
    }

    private static string ReportOf(int payload) => $"benchshire-{2000 + payload % Reports}-11-14";

    private static string Statement(int i) => JsonSerializer.Serialize(new
    {
        text = $"We welcome today's Ofsted report, which recognises the hard work of social workers across the county. Statement {i}: the inspectors found that leaders know their services well, although help and protection still needs to improve and we will work with the council to make sure children are safe.",
        speaker = "Alex Example",
        role = "Director of Children's Services",
        report = ReportOf(i),
    });

    private static async Task<string> PostAsync(HttpClient http, string key, string json, string? idempotencyKey) =>
        (await PostWithIdAsync(http, key, json, idempotencyKey)).Status;

    private static async Task<(string Status, string? Id)> PostWithIdAsync(HttpClient http, string key, string json, string? idempotencyKey)
    {
        var (status, id, _) = await PostFullAsync(http, key, json, idempotencyKey);
        return (status, id);
    }

    private static async Task<(string Status, string? Id, bool RetryAfter)> PostFullAsync(HttpClient http, string key, string json, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/statements") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await http.SendAsync(request);
        var status = ((int)response.StatusCode).ToString();
        return (status, response.Headers.Location?.OriginalString.Split('/')[^1], response.Headers.RetryAfter is not null);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
