using System.Diagnostics;
using System.Text.Json;
using Publishing.Summaries.Rendering;
using Xunit.Abstractions;

namespace Publishing.Tests.Summaries.Browser;

/// <summary>
/// Opens a rendered corpus summary in Debian's headless chromium through tests/browser/check-html.mjs (playwright-core
/// and axe-core): no console errors, no serious or critical accessibility violations, and a full-page screenshot
/// left in the test output folder. Needs <c>apt-get install -y chromium</c> and <c>npm ci --prefix tests/browser</c>.
/// </summary>
public class HtmlBrowserCheckTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private static string BrowserTools => Path.Combine(RepositoryPaths.Root, "tests", "browser");

    [SkippableFact]
    public void RenderHtml_CorpusSummaryWithStatements_HasNoConsoleErrorsOrSeriousAxeViolations()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        Skip.If(!File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser check.");
        Skip.If(!Directory.Exists(Path.Combine(BrowserTools, "node_modules", "playwright-core")) || !Directory.Exists(Path.Combine(BrowserTools, "node_modules", "axe-core")),
            "tests/browser/node_modules is missing: run npm ci --prefix tests/browser to run the browser check.");

        var summary = SummaryFixtures.Compose(SummaryFixtures.Corpus("barnsley-2023-10-27.pdf"),
            SummaryFixtures.WithOutcomes(SummaryFixtures.Corpus("barnsley-2018-11-19.pdf")),
            [
                SummaryFixtures.Statement("s1", "We welcome the report and thank staff for their work with children in care.", reportId: "barnsley-2023-10-27"),
                SummaryFixtures.Statement("s2", "<script>console.error('injected')</script> Delays in help and protection are worrying.", body: "A <b>Charity</b>", reportId: "barnsley-2023-10-27"),
            ],
            new DateTimeOffset(2023, 10, 28, 0, 0, 0, TimeSpan.Zero));
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "browser-check"));
        var page = Path.Combine(folder.FullName, "barnsley-2023-10-27.html");
        var screenshot = Path.Combine(folder.FullName, "barnsley-2023-10-27.png");
        File.WriteAllText(page, new HtmlSummaryRenderer().Render(summary));
        File.Delete(screenshot);

        var result = RunCheck(page, screenshot);

        output.WriteLine($"screenshot: {screenshot}");
        output.WriteLine(result.GetRawText());
        Assert.Empty(result.GetProperty("consoleErrors").EnumerateArray());
        var serious = result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        Assert.True(new FileInfo(screenshot).Length > 10_000, "the screenshot is missing or empty");
    }

    private static JsonElement RunCheck(string page, string screenshot)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(BrowserTools, "check-html.mjs"), page, screenshot, Chromium])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = BrowserTools,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) process.Kill(entireProcessTree: true);
        Assert.True(process.ExitCode == 0, $"check-html.mjs failed ({process.ExitCode}): {stderr.Result}");
        return JsonDocument.Parse(stdout.Result).RootElement.Clone();
    }
}
