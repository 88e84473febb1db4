using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Publishing.Hosting;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Cli;

/// <summary><c>publishing serve</c> as a user runs it: a busy port, and a serve killed with -9 and started again.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_OnABusyPort_SaysSoAndExits1()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var folder = Directory.CreateTempSubdirectory("publishing-serve-").FullName;
        try
        {
            var outcome = PublishingProcess.Run(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = null, ["FUNCTIONS_CUSTOMHANDLER_PORT"] = null }, "",
                "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--drop", Path.Combine(folder, "drop"));
            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains($"port {port} is in use", outcome.Stderr);
            Assert.DoesNotContain("API on", outcome.Stderr);
            Assert.DoesNotContain("Unhandled exception", outcome.Stderr);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableFact]
    public async Task Serve_KilledWith9_TheNextServeReusesItsAzurite_NeverTwoOnOneFolder()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "finds the emulator's processes through /proc (Linux)");
        var folder = Directory.CreateTempSubdirectory("publishing-serve-").FullName;
        var data = Path.GetFullPath(LocalState.AzuriteData(folder));
        Process? second = null;
        try
        {
            var first = await StartServeAsync(folder);
            first.Kill(); // SIGKILL: serve gets no chance to stop the emulator it started
            await first.WaitForExitAsync();
            var orphan = Assert.Single(EmulatorsOn(data));

            second = await StartServeAsync(folder);
            Assert.Equal([orphan], EmulatorsOn(data));
            using (var interrupt = Process.Start("kill", ["-INT", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await interrupt.WaitForExitAsync();
            await second.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
            Assert.Empty(EmulatorsOn(data)); // the serve that took it over stopped it on its way out
        }
        finally
        {
            if (second is { HasExited: false }) second.Kill(entireProcessTree: true);
            foreach (var pid in EmulatorsOn(data)) Process.GetProcessById(pid).Kill();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Starts serve in <paramref name="folder"/> (its own Azurite there) and waits until it says it is serving.</summary>
    private static async Task<Process> StartServeAsync(string folder)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "publishing.dll"), "serve", "--port", LoopbackApps.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            WorkingDirectory = folder,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment.Remove("AzureWebJobsStorage");
        start.Environment.Remove("FUNCTIONS_CUSTOMHANDLER_PORT");
        var process = Process.Start(start)!;
        var ready = new TaskCompletionSource();
        var said = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (said) said.AppendLine(e.Data);
            if (e.Data.Contains("API on", StringComparison.Ordinal)) ready.TrySetResult();
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var finished = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(2)));
        if (finished != ready.Task) { process.Kill(entireProcessTree: true); lock (said) Assert.Fail($"serve did not start:\n{said}"); }
        return process;
    }

    /// <summary>Pids of the Azurite processes whose command line names this data folder.</summary>
    private static List<int> EmulatorsOn(string data) =>
        [.. Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Select(int.Parse!)
            .Where(pid =>
            {
                try
                {
                    var arguments = File.ReadAllText($"/proc/{pid}/cmdline").Split('\0');
                    return arguments.Any(a => a.Contains("azurite", StringComparison.Ordinal)) && arguments.Contains(data);
                }
                catch (IOException) { return false; }
                catch (UnauthorizedAccessException) { return false; }
            })];
}
