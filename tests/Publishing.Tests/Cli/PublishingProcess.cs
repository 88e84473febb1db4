using System.Diagnostics;

namespace Publishing.Tests.Cli;

/// <summary>Runs the built <c>publishing</c> executable as a user would, capturing its output.</summary>
public static class PublishingProcess
{
    public sealed record Outcome(int ExitCode, string Stdout, string Stderr);

    public static Outcome Run(string stdin, params string[] args) => Run(new Dictionary<string, string?>(), stdin, args);

    /// <summary>Runs with extra environment variables (a null value removes the variable).</summary>
    public static Outcome Run(IReadOnlyDictionary<string, string?> environment, string stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "publishing.dll"), .. args])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Write(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
