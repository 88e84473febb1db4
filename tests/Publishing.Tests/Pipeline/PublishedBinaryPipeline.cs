using System.Diagnostics;
using System.Text;
using Publishing.Storage;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Pipeline;

/// <summary>
/// The published binary (today the Native AOT handler that <c>infra/package.sh</c> builds, later whatever is deployed)
/// run as a local <c>publishing serve</c> on given storage, in a folder of its own, with SMTP pointed at a test server.
/// </summary>
public sealed class PublishedBinaryPipeline : IStoredPipeline
{
    private readonly Process _process;
    private readonly StringBuilder _log;
    private readonly string _folder;
    private readonly string _connectionString;

    private PublishedBinaryPipeline(Process process, StringBuilder log, string folder, string connectionString, Uri address)
    {
        (_process, _log, _folder, _connectionString) = (process, log, folder, connectionString);
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        Storage = new PublishingStorage(new StorageOptions { ConnectionString = connectionString });
    }

    /// <summary>PUBLISHING_PUBLISHED_BINARY, else what <c>bash infra/package.sh</c> leaves in artifacts/package/app.</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable("PUBLISHING_PUBLISHED_BINARY") is { Length: > 0 } given ? given
        : Path.Combine(RepositoryPaths.Root, "artifacts", "package", "app", "publishing") is var packaged && File.Exists(packaged) ? packaged : null;

    public const string Missing =
        "no published binary: run `bash infra/package.sh` (the deployed Native AOT build, into artifacts/package/app) or set PUBLISHING_PUBLISHED_BINARY to the executable; .ci/run does the first.";

    public string Description => $"the published binary {Executable}";
    public HttpClient Client { get; }
    public PublishingStorage Storage { get; }
    public TimeProvider Time => TimeProvider.System;
    public string Log { get { lock (_log) return _log.ToString(); } }

    public static async Task<PublishedBinaryPipeline> StartAsync(string connectionString, int smtpPort)
    {
        var folder = Directory.CreateTempSubdirectory("publishing-binary-").FullName;
        var port = LoopbackApps.FreePort();
        var start = Start(folder, "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--storage", connectionString);
        start.Environment["PUBLISHING_SMTP_HOST"] = "127.0.0.1";
        start.Environment["PUBLISHING_SMTP_PORT"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PUBLISHING_SMTP_SECURITY"] = "none";
        start.Environment["PUBLISHING_PUBLIC_URL"] = $"http://127.0.0.1:{port}/";
        start.Environment["PUBLISHING_SECRET_PROTECTION_KEY"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var log = new StringBuilder();
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var pipeline = new PublishedBinaryPipeline(process, log, folder, connectionString, new Uri($"http://127.0.0.1:{port}/"));
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"serve exited with {process.ExitCode} before answering:\n{pipeline.Log}");
            if (deadline.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"serve did not answer within 60 s:\n{pipeline.Log}");
            try
            {
                using var ready = await pipeline.Client.GetAsync("/");
                if (ready.IsSuccessStatusCode) return pipeline;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
    }

    /// <summary><c>publishing keys issue</c> as an operator runs it; the key is stdout's one line.</summary>
    public async Task<string> IssueKeyAsync(string body, string kind)
    {
        var outcome = await RunAsync("keys", "issue", "--body", body, "--kind", kind, "--storage", _connectionString);
        if (outcome.ExitCode != 0 || !outcome.Stdout.EndsWith('\n'))
            throw new InvalidOperationException($"keys issue answered {outcome.ExitCode} with '{outcome.Stdout}' (a key and a newline expected): {outcome.Stderr}");
        return outcome.Stdout.TrimEnd('\n');
    }

    /// <summary>Runs one command of the binary in this pipeline's folder.</summary>
    public async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments)
    {
        using var process = Process.Start(Start(_folder, arguments))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static ProcessStartInfo Start(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException(Missing))
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var inherited in new[] { "AzureWebJobsStorage", "FUNCTIONS_CUSTOMHANDLER_PORT", "PUBLISHING_OUTCOMES" }) start.Environment.Remove(inherited);
        return start;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited)
        {
            using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await interrupt.WaitForExitAsync();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await _process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); }
        }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
