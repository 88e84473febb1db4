using Publishing.Tests.Samples;

namespace Publishing.Tests.Cli;

/// <summary>The summarize command over the built executable, on the project's own fictional sample report and statements.</summary>
public class SummarizeCommandTests
{
    private static string SamplePath => Path.Combine(RepositoryPaths.Root, "samples", "reports", FictionalReport.SampleFileName);
    private static string SampleStatements => Path.Combine(RepositoryPaths.Root, "samples", "statements", "northmoor-2025-11-14.jsonl");
    private static string GoldenFolder => Path.Combine(RepositoryPaths.Root, "tests", "Publishing.Tests", "Summaries", "Golden");

    [Fact]
    public void Summarize_SampleWithNoOptions_PrintsMarkdownLeadingWithTheGrade()
    {
        var outcome = PublishingProcess.Run("", "summarize", SamplePath);

        Assert.Equal(0, outcome.ExitCode);
        // The sample names its previous inspection (2021, requires improvement to be good); no record of the fictional council disagrees.
        Assert.StartsWith("# Northmoor children's services judged Inadequate overall, down from Requires improvement to be good in 2021\n", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("| The experiences and progress of children in care | Good | 1 |", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("No statements have been received yet.", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("Local authority inspection outcomes as at 31 March 2025", outcome.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("not configured", outcome.Stdout, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stderr);
    }

    [SkippableFact]
    public void Summarize_RealReportWithNoOutcomesFolder_GivesTheNationalPictureFromTheShippedRelease()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var report = Path.Combine(RepositoryPaths.SharedCorpus, "reports", "barnsley-2023-10-27.pdf");
        var latest = Publishing.Tests.Summaries.Context.IndependentOutcomes.LatestAsAt(new DateOnly(2023, 10, 27));

        var outcome = PublishingProcess.Run(new Dictionary<string, string?> { ["PUBLISHING_OUTCOMES"] = null }, "", "summarize", report);

        Assert.Equal(0, outcome.ExitCode);
        var counts = string.Join(", ", new[] { "Outstanding", "Good", "Requires improvement to be good", "Inadequate" }.Select(g => $"{latest.Values.Count(r => r.Overall == g)} {g}"));
        Assert.Contains($"- As at 27 October 2023, of {latest.Count} councils nationally: {counts}.", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("- In North East, Yorkshire and the Humber, of ", outcome.Stdout, StringComparison.Ordinal);
        Assert.Contains("Local authority inspection outcomes as at 31 March 2025 (published 25 September 2025)", outcome.Stdout, StringComparison.Ordinal);
        // Barnsley 2023 names its 2018 inspection, Good overall, which the shipped data confirm.
        Assert.Contains("Previous inspection: 2018, published 19 November 2018", outcome.Stdout, StringComparison.Ordinal);
    }

    /// <summary>Golden files for the fictional sample (set UPDATE_GOLDEN=1 to rewrite them after a deliberate change).</summary>
    [Fact]
    public void Summarize_AllFormatsWithStatements_WritesFilesIdenticalToTheGoldenOnesOnEveryRun()
    {
        var first = Directory.CreateTempSubdirectory("publishing-summary-a-");
        var second = Directory.CreateTempSubdirectory("publishing-summary-b-");
        try
        {
            string[] args = ["summarize", SamplePath, "--statements", SampleStatements, "--format", "all", "--as-at", "2025-11-14T12:00:00Z", "--base-url", "https://publishing.example"];
            var a = PublishingProcess.Run("", [.. args, "--out", first.FullName]);
            var b = PublishingProcess.Run("", [.. args, "--out", second.FullName]);

            Assert.Equal(0, a.ExitCode);
            Assert.Equal(0, b.ExitCode);
            string[] files = ["northmoor-2025-11-14.html", "northmoor-2025-11-14.json", "northmoor-2025-11-14.md", "northmoor-2025-11-14.txt"];
            Assert.Equal(files, first.GetFiles().Select(f => f.Name).Order(StringComparer.Ordinal));
            foreach (var file in files)
            {
                var produced = File.ReadAllBytes(Path.Combine(first.FullName, file));
                Assert.Equal(produced, File.ReadAllBytes(Path.Combine(second.FullName, file)));
                var golden = Path.Combine(GoldenFolder, file);
                if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1") File.WriteAllBytes(golden, produced);
                Assert.True(File.Exists(golden), $"no golden file {golden}: run with UPDATE_GOLDEN=1 once and review it");
                Assert.True(produced.AsSpan().SequenceEqual(File.ReadAllBytes(golden)), $"{file} differs from {golden}");
            }
            var markdown = File.ReadAllText(Path.Combine(first.FullName, "northmoor-2025-11-14.md"));
            Assert.DoesNotContain("withdrawn", markdown.Split("## Notes to editors")[0], StringComparison.Ordinal);
            Assert.DoesNotContain("council meeting next week", markdown, StringComparison.Ordinal); // embargoed until 20 November
        }
        finally
        {
            first.Delete(recursive: true);
            second.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--format", "pdf", "unknown format 'pdf'")]
    [InlineData("--as-at", "yesterday", "--as-at 'yesterday' is not an ISO-8601")]
    [InlineData("--format", "all", "give --out <dir>")]
    [InlineData("--outcomes", "/no/such/folder", "outcomes folder '/no/such/folder' does not exist")]
    [InlineData("--statements", "/no/such.jsonl", "no such statements file")]
    [InlineData("--base-url", "javascript:alert(1)", "not an absolute http(s) address")]
    public void Summarize_BadOption_FailsWithAClearMessage(string option, string value, string message)
    {
        var outcome = PublishingProcess.Run("", "summarize", SamplePath, option, value);

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains(message, outcome.Stderr, StringComparison.Ordinal);
        Assert.Equal("", outcome.Stdout);
    }

    [Fact]
    public void Summarize_MalformedStatementsLine_FailsNamingTheLine()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(file, ["""{"text":"Fine.","speaker":"A","body":"B"}""", """{"text":"No speaker","body":"B"}"""]);
            var missing = PublishingProcess.Run("", "summarize", SamplePath, "--statements", file);
            File.WriteAllLines(file, ["{not json"]);
            var broken = PublishingProcess.Run("", "summarize", SamplePath, "--statements", file);

            Assert.Equal(1, missing.ExitCode);
            Assert.Contains("line 2: \"speaker\" is required", missing.Stderr, StringComparison.Ordinal);
            Assert.Equal(1, broken.ExitCode);
            Assert.Contains("line 1: not a JSON statement", broken.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Summarize_NotAReport_FailsWithTheReadersReason()
    {
        var outcome = PublishingProcess.Run("", "summarize", Path.Combine(RepositoryPaths.Root, "README.md"));

        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("publishing summarize:", outcome.Stderr, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Summarize_WithCorpusOutcomes_PrintsTheNationalPictureAndClassifiesAgainstKnownCouncils()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var outcome = PublishingProcess.Run("", "summarize", SamplePath, "--outcomes", Path.Combine(RepositoryPaths.SharedCorpus, "ofsted-outcomes"), "--format", "text");

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("councils nationally", string.Join(" ", outcome.Stdout.Split('\n').Select(l => l.Trim())), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Summarize_HistoryFolder_ComparesWithTheEarlierReportAndNamesUnreadableFiles()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var history = Directory.CreateTempSubdirectory("publishing-history-");
        try
        {
            // Darlington 2018 names its previous single inspection, published in 2015, before Ofsted's ILACS data begin.
            File.Copy(Path.Combine(RepositoryPaths.SharedCorpus, "reports", "darlington-2015-09-01.pdf"), Path.Combine(history.FullName, "darlington-2015-09-01.pdf"));
            File.WriteAllBytes(Path.Combine(history.FullName, "broken-2020-01-01.pdf"), [0x25, 0x50, 0x44, 0x46]);

            var outcome = PublishingProcess.Run("", "summarize", Path.Combine(RepositoryPaths.SharedCorpus, "reports", "darlington-2018-05-21.pdf"), "--history", history.FullName);

            Assert.Equal(0, outcome.ExitCode);
            var expected = Corpus.CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv")).Single(r => r.File == "reports/darlington-2015-09-01.pdf").Judgements["overall_effectiveness"];
            Assert.Contains($"up from {expected} in 2015", outcome.Stdout.Split('\n')[0], StringComparison.Ordinal);
            Assert.Contains("from Ofsted's earlier report", outcome.Stdout, StringComparison.Ordinal);
            Assert.Contains("history: broken-2020-01-01.pdf: NotAPdf", outcome.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            history.Delete(recursive: true);
        }
    }

    [Fact]
    public void Summarize_Help_PrintsUsage()
    {
        var outcome = PublishingProcess.Run("", "summarize", "--help");

        Assert.Equal(0, outcome.ExitCode);
        Assert.StartsWith("usage: publishing summarize <report.pdf>", outcome.Stdout, StringComparison.Ordinal);
    }
}
