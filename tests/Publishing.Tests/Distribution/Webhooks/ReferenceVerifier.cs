using System.Diagnostics;
using System.Text.Json;

namespace Publishing.Tests.Distribution.Webhooks;

/// <summary>
/// Runs tests/webhooks/verify.mjs, which checks signatures with the `standardwebhooks` npm package (the reference
/// implementation), so our signer is judged by code we did not write. Needs node and `npm ci --prefix tests/webhooks`.
/// </summary>
internal static class ReferenceVerifier
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "webhooks");

    public static bool Available => File.Exists(Path.Combine(Folder, "node_modules", "standardwebhooks", "package.json")) && NodeOnPath;

    public const string Missing =
        "tests/webhooks/node_modules is absent (or node is not on PATH): run `npm ci --prefix tests/webhooks` to verify signatures with the standardwebhooks reference package.";

    public static Task<(int ExitCode, string Output)> VerifyAsync(string secret, IReadOnlyDictionary<string, string> headers, string body) =>
        RunAsync(JsonSerializer.Serialize(new { mode = "verify", secret, headers, body }));

    public static async Task<string> SignAsync(string secret, string id, long timestamp, string body)
    {
        var (exit, output) = await RunAsync(JsonSerializer.Serialize(new { mode = "sign", secret, id, timestamp, body }));
        Assert.True(exit == 0, output);
        return output;
    }

    private static async Task<(int, string)> RunAsync(string input)
    {
        var start = new ProcessStartInfo("node", "verify.mjs")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, (output + error).Trim());
    }

    private static bool NodeOnPath =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Any(dir => File.Exists(Path.Combine(dir, "node")));
}
