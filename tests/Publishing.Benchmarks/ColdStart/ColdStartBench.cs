using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Publishing.Benchmarks.ColdStart;

/// <summary>
/// Cold start: from process start to the first answered <c>GET /</c> (what the Functions host waits for), for each
/// executable given, interleaved over several rounds. Each runs as the host runs it: FUNCTIONS_CUSTOMHANDLER_PORT set.
/// Usage: ... -- coldstart [rounds] name=path/to/exe[|arg arg NAME=value] ... (NAME=value entries set the environment)
/// </summary>
internal static partial class ColdStartBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args.Length > 0 && int.TryParse(args[0], out var r) ? r : 10;
        var subjects = args.SkipWhile(a => !a.Contains('=')).Select(a => a.Split('=', 2)).Select(p => (Name: p[0], Command: p[1])).ToList();
        var storage = Environment.GetEnvironmentVariable("AzureWebJobsStorage");
        var times = subjects.ToDictionary(s => s.Name, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
            foreach (var (name, command) in subjects)
                times[name].Add(await MeasureAsync(command, storage));

        Console.WriteLine($"Cold start, process start to first answered GET / ({rounds} rounds, {Environment.ProcessorCount} cores)");
        var floor = times.Values.First().Order().ElementAt(rounds / 2);
        foreach (var (name, samples) in times)
        {
            var sorted = samples.Order().ToList();
            var median = sorted[rounds / 2];
            Console.WriteLine($"{name,-22} median {median,7:F1} ms   min {sorted[0],7:F1} ms   max {sorted[^1],7:F1} ms   {median / floor,5:F2}x the first");
        }
        return 0;
    }

    private static async Task<double> MeasureAsync(string command, string? storage)
    {
        var parts = command.Split('|');
        var port = FreePort();
        // ASP.NET Core watches its content root (the working directory); in Azure that is the small app root, so each
        // run starts in an empty folder rather than wherever the benchmark was started.
        var start = new ProcessStartInfo(Path.GetFullPath(parts[0])) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppRoot.Value };
        foreach (var argument in parts.Skip(1).SelectMany(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        {
            // NAME=value sets the environment, as app settings do under the host; anything else is an argument.
            if (EnvironmentSetting().Match(argument) is { Success: true } setting) start.Environment[setting.Groups[1].Value] = setting.Groups[2].Value;
            else start.ArgumentList.Add(argument);
        }
        start.Environment["FUNCTIONS_CUSTOMHANDLER_PORT"] = port.ToString();
        if (storage is not null) start.Environment["AzureWebJobsStorage"] = storage;
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = TimeSpan.FromSeconds(1) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromSeconds(30))
            {
                try
                {
                    using var response = await http.GetAsync($"http://127.0.0.1:{port}/");
                    if (response.IsSuccessStatusCode) return clock.Elapsed.TotalMilliseconds;
                }
                catch (HttpRequestException) { }
                catch (TaskCanceledException) { }
                if (process.HasExited) throw new InvalidOperationException($"{parts[0]} exited with {process.ExitCode} before answering.");
                await Task.Delay(1);
            }
            throw new TimeoutException($"{parts[0]} did not answer within 30 s.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex("^([A-Za-z_][A-Za-z0-9_]*)=(.*)$")]
    private static partial System.Text.RegularExpressions.Regex EnvironmentSetting();

    private static readonly Lazy<string> AppRoot = new(() => Directory.CreateTempSubdirectory("coldstart-approot-").FullName);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
