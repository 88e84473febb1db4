using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Publishing.Summaries.Model;
using Publishing.Summaries.Rendering;
using Xunit.Abstractions;

namespace Publishing.Tests.Summaries.Browser;

/// <summary>
/// Opens rendered corpus summaries in Debian's headless chromium through tests/browser/check-html.mjs (playwright-core
/// and axe-core) at 375 px and 1280 px: no console errors, no serious or critical accessibility violations, the
/// grade-in-context block above the fold, no table or page wider than the screen, link addresses printed under print
/// media. Full-page screenshots are left in the test output folder (browser-check/) as artifacts, not compared with
/// a golden image. Needs <c>apt-get install -y chromium</c> and <c>npm ci --prefix tests/browser</c>.
/// </summary>
public class HtmlBrowserCheckTests(ITestOutputHelper output)
{
    private const string Chromium = "/usr/bin/chromium";
    private static string BrowserTools => Path.Combine(RepositoryPaths.Root, "tests", "browser");

    public static TheoryData<string, string?> Reports => new()
    {
        { "barnsley-2023-10-27.pdf", "barnsley-2018-11-19.pdf" },
        // The 2026 format: no overall grade, which the block must say plainly.
        { "blackpool-2026-07-28.pdf", null },
    };

    [SkippableTheory]
    [MemberData(nameof(Reports))]
    public void RenderHtml_CorpusSummary_IsAccessibleAndLaidOutAsAPressPage(string file, string? earlier)
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        Skip.If(!File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser check.");
        Skip.If(!Directory.Exists(Path.Combine(BrowserTools, "node_modules", "playwright-core")) || !Directory.Exists(Path.Combine(BrowserTools, "node_modules", "axe-core")),
            "tests/browser/node_modules is missing: run npm ci --prefix tests/browser to run the browser check.");

        var report = SummaryFixtures.Corpus(file);
        var id = Path.GetFileNameWithoutExtension(file);
        var summary = SummaryFixtures.Compose(report,
            earlier is null ? SummaryFixtures.WithOutcomes() : SummaryFixtures.WithOutcomes(SummaryFixtures.Corpus(earlier)),
            [
                SummaryFixtures.Statement("s1", "We welcome the report and thank staff for their work with children in care.", reportId: id),
                SummaryFixtures.Statement("s2", "<script>console.error('injected')</script> Delays in help and protection are worrying.", body: "A <b>Charity</b>", reportId: id),
            ],
            new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero));
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "browser-check"));
        var page = Path.Combine(folder.FullName, $"{id}.html");
        var html = new HtmlSummaryRenderer().Render(summary);
        File.WriteAllText(page, html);
        AssertGradeBlockSaysTheGrade(html, summary);

        var result = RunCheck(page, Path.Combine(folder.FullName, id));

        output.WriteLine(result.GetRawText());
        Assert.Empty(result.GetProperty("consoleErrors").EnumerateArray());
        var serious = result.GetProperty("violations").EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        foreach (var layout in result.GetProperty("layouts").EnumerateArray())
        {
            var width = layout.GetProperty("viewport").GetProperty("width").GetInt32();
            var height = layout.GetProperty("viewport").GetProperty("height").GetInt32();
            var block = layout.GetProperty("gradeBlock");
            var overall = layout.GetProperty("overallGrade");
            Assert.True(block.GetProperty("top").GetDouble() > layout.GetProperty("h1").GetProperty("bottom").GetDouble() - 1, $"{width}px: the grade block is not just below the headline");
            Assert.True(overall.GetProperty("bottom").GetDouble() <= height, $"{width}px: the overall grade ends at {overall.GetProperty("bottom").GetDouble()}px, below the fold ({height}px)");
            Assert.True(block.GetProperty("right").GetDouble() <= width, $"{width}px: the grade block is wider than the screen");
            var doc = layout.GetProperty("document");
            Assert.True(doc.GetProperty("scrollWidth").GetInt32() <= doc.GetProperty("clientWidth").GetInt32(), $"{width}px: the page scrolls sideways");
            foreach (var table in layout.GetProperty("tables").EnumerateArray())
            {
                Assert.True(table.GetProperty("right").GetDouble() <= width, $"{width}px: a table runs past the screen's edge");
                Assert.True(table.GetProperty("scrollWidth").GetInt32() <= table.GetProperty("clientWidth").GetInt32() + 1, $"{width}px: a table overflows its box");
            }
            var screenshot = layout.GetProperty("screenshot").GetString()!;
            output.WriteLine($"screenshot: {screenshot}");
            Assert.True(new FileInfo(screenshot).Length > 10_000, $"the {width}px screenshot is missing or empty");
        }
        // Printed, a link shows its address.
        Assert.Contains("(https://", result.GetProperty("print").GetProperty("linkAddressPrinted").GetString(), StringComparison.Ordinal);
    }

    private static void AssertGradeBlockSaysTheGrade(string html, PressSummary summary)
    {
        var document = new HtmlParser().ParseDocument(html);
        var block = document.QuerySelector("section.grade-in-context")!;
        Assert.Same(block, document.QuerySelector("main article > header")!.NextElementSibling);
        var overall = block.QuerySelector(".overall")!.TextContent;
        if (summary.Overall is { } grade) Assert.Contains(grade.GradeWords, overall, StringComparison.Ordinal);
        else Assert.Equal("No overall grade", overall);
        Assert.Equal(summary.Judgements.Count(j => j.Key != Publishing.Reading.Model.JudgementKeys.OverallEffectiveness), block.QuerySelectorAll(".subs li").Length);
        Assert.NotNull(block.QuerySelector(".trend"));
        Assert.Single(document.QuerySelectorAll("table"));
    }

    private static JsonElement RunCheck(string page, string screenshotPrefix)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(BrowserTools, "check-html.mjs"), page, screenshotPrefix, Chromium])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = BrowserTools,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3))) process.Kill(entireProcessTree: true);
        Assert.True(process.ExitCode == 0, $"check-html.mjs failed ({process.ExitCode}): {stderr.Result}");
        return JsonDocument.Parse(stdout.Result).RootElement.Clone();
    }
}
