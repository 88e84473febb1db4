using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Publishing.Hosting.Local;

/// <summary>
/// Starts Azurite, the Azure Storage emulator, from the project's own npm tooling (<c>infra/azurite</c>), installing
/// it with npm the first time. Used by <c>publishing serve</c> when no storage is configured, and by the tests.
/// Ports are chosen free at start and kept, so a stopped emulator can be restarted where clients expect it. With a data
/// folder, the emulator's pid and ports are recorded beside it (<see cref="EmulatorRecord"/>): one left running by a
/// killed <c>serve</c> is reused, or stopped if it no longer answers, so two never share one folder.
/// </summary>
public sealed class AzuriteLauncher : IAsyncDisposable
{
    // The emulator's documented, public development account (not a secret: every Azurite install accepts it).
    private const string DevelopmentAccount = "devstoreaccount1";
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _toolDirectory;
    private readonly string? _dataDirectory;
    private Process? _process;

    /// <param name="toolDirectory">The folder with Azurite's package.json (see <see cref="FindToolDirectory"/>).</param>
    /// <param name="dataDirectory">Where Azurite persists data; null keeps everything in memory.</param>
    public AzuriteLauncher(string toolDirectory, string? dataDirectory = null)
    {
        _toolDirectory = toolDirectory;
        _dataDirectory = dataDirectory;
        (BlobPort, QueuePort, TablePort) = (FreePort(), FreePort(), FreePort());
    }

    public int BlobPort { get; private set; }
    public int QueuePort { get; private set; }
    public int TablePort { get; private set; }
    public bool IsRunning => _process is { HasExited: false };
    /// <summary>True when <see cref="StartAsync"/> found this folder's emulator already running and took it over.</summary>
    public bool Reused { get; private set; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={DevelopmentAccount};AccountKey={DevelopmentKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{DevelopmentAccount};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{DevelopmentAccount};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{DevelopmentAccount};";

    /// <summary>Looks for <c>infra/azurite</c> above the working directory and above the executable.</summary>
    public static string? FindToolDirectory()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "infra", "azurite");
                if (File.Exists(Path.Combine(candidate, "package.json"))) return candidate;
            }
        }
        return null;
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning) return;
        if (_dataDirectory is not null && await AdoptRecordedAsync(cancellationToken)) return;
        var executable = Path.Combine(_toolDirectory, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable)) await InstallAsync(cancellationToken);

        var arguments = new List<string>
        {
            "--silent", "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
            "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1",
            "--blobPort", BlobPort.ToString(), "--queuePort", QueuePort.ToString(), "--tablePort", TablePort.ToString(),
        };
        if (_dataDirectory is null) arguments.Add("--inMemoryPersistence");
        else
        {
            Directory.CreateDirectory(_dataDirectory);
            arguments.AddRange(["--location", Path.GetFullPath(_dataDirectory)]);
        }

        var start = new ProcessStartInfo(executable) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync(cancellationToken);
        if (_dataDirectory is not null) EmulatorRecord.Write(_dataDirectory, new(_process.Id, BlobPort, QueuePort, TablePort));
    }

    /// <summary>Takes over the emulator a previous run started on this folder if it still answers; stops it if not.</summary>
    private async Task<bool> AdoptRecordedAsync(CancellationToken cancellationToken)
    {
        if (EmulatorRecord.Read(_dataDirectory!) is not { } recorded) return false;
        var running = EmulatorRecord.FindProcess(recorded.Pid, _dataDirectory!);
        if (running is null)
        {
            EmulatorRecord.Delete(_dataDirectory!);
            return false;
        }
        if (await AnswersAsync(recorded.BlobPort, cancellationToken) && await AnswersAsync(recorded.QueuePort, cancellationToken) && await AnswersAsync(recorded.TablePort, cancellationToken))
        {
            (BlobPort, QueuePort, TablePort) = (recorded.BlobPort, recorded.QueuePort, recorded.TablePort);
            _process = running;
            Reused = true;
            return true;
        }
        _process = running;
        await StopAsync();
        return false;
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(2));
            await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited)
        {
            // SIGTERM first: Azurite flushes its on-disk metadata on a graceful exit and loses it on SIGKILL.
            await SignalAsync(_process.Id, "TERM");
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try { await _process.WaitForExitAsync(grace.Token); }
            catch (OperationCanceledException) { _process.Kill(entireProcessTree: true); await _process.WaitForExitAsync(); }
        }
        _process.Dispose();
        _process = null;
        if (_dataDirectory is not null) EmulatorRecord.Delete(_dataDirectory);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    private static async Task SignalAsync(int pid, string signal)
    {
        try
        {
            using var kill = Process.Start(new ProcessStartInfo("kill", $"-{signal} {pid}") { UseShellExecute = false });
            if (kill is not null) await kill.WaitForExitAsync();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // no kill(1): the caller falls back to Process.Kill
        }
    }

    private async Task InstallAsync(CancellationToken cancellationToken)
    {
        var useLock = File.Exists(Path.Combine(_toolDirectory, "package-lock.json"));
        var install = new ProcessStartInfo("npm") { WorkingDirectory = _toolDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { useLock ? "ci" : "install", "--no-audit", "--no-fund" }) install.ArgumentList.Add(argument);
        using var npm = Process.Start(install) ?? throw new InvalidOperationException("npm did not start; Node.js is needed to run Azurite.");
        var errors = npm.StandardError.ReadToEndAsync(cancellationToken);
        await npm.StandardOutput.ReadToEndAsync(cancellationToken);
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0)
            throw new InvalidOperationException($"npm could not install Azurite in {_toolDirectory}: {(await errors).Trim()}");
    }

    private async Task WaitUntilListeningAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (true)
            {
                if (_process is { HasExited: true }) throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} while starting.");
                if (deadline.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("Azurite did not listen within 60 s.");
                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (SocketException)
                {
                    await Task.Delay(50, cancellationToken);
                }
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
