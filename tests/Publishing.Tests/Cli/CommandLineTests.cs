using System.Text.Json;
using Publishing.Tests.Samples;

namespace Publishing.Tests.Cli;

public class CommandLineTests
{
    private static string SamplePath => Path.Combine(RepositoryPaths.Root, "samples", "reports", FictionalReport.SampleFileName);

    [Fact]
    public void Read_SampleReport_PrintsTheReportAsJson()
    {
        var outcome = PublishingProcess.Run("", "read", SamplePath);

        Assert.Equal(0, outcome.ExitCode);
        using var json = JsonDocument.Parse(outcome.Stdout);
        Assert.Equal("northmoor", json.RootElement.GetProperty("council").GetProperty("key").GetString());
        Assert.Equal("ILACS-2023-26", json.RootElement.GetProperty("era").GetString());
        Assert.Equal(5, json.RootElement.GetProperty("judgements").GetArrayLength());
    }

    [Fact]
    public void ReadDir_FolderWithGoodAndBadFiles_PrintsOneLinePerFileAndFails()
    {
        var folder = Directory.CreateTempSubdirectory("publishing-read-dir-");
        try
        {
            File.Copy(SamplePath, Path.Combine(folder.FullName, FictionalReport.SampleFileName));
            File.WriteAllBytes(Path.Combine(folder.FullName, "broken-2025-01-01.pdf"), [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
            File.WriteAllBytes(Path.Combine(folder.FullName, "minutes-2025-01-02.pdf"), FictionalReport.NotAReport());

            var outcome = PublishingProcess.Run("", "read", "--dir", folder.FullName);

            Assert.Equal(1, outcome.ExitCode);
            var lines = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(3, lines.Count);
            Assert.Equal(["broken-2025-01-01.pdf", "minutes-2025-01-02.pdf", FictionalReport.SampleFileName], lines.Select(l => l.GetProperty("file").GetString()));
            Assert.Equal("CorruptPdf", lines[0].GetProperty("failure").GetProperty("kind").GetString());
            Assert.Equal("NotAnOfstedReport", lines[1].GetProperty("failure").GetProperty("kind").GetString());
            Assert.True(lines[2].TryGetProperty("report", out _));
            Assert.Contains("1 report(s), 2 failure(s)", outcome.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("[#", outcome.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Classify_StatementsOnStdin_PrintsOneClassificationPerLineAndFlagsMalformedLines()
    {
        var input = """
            {"text":"We fully accept the inspectors' findings and have already started our improvement plan.","body":"Northmoor Council"}
            not json
            {"text":"A single word cannot describe a service as complex as child protection; this judgement ignores two years of progress.","body":"BASW"}
            """;

        var outcome = PublishingProcess.Run(input, "classify");

        Assert.Equal(1, outcome.ExitCode);
        var lines = outcome.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("supportive", lines[0].GetProperty("stance").GetProperty("value").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Equal("critical", lines[2].GetProperty("stance").GetProperty("value").GetString());
        Assert.Equal("sector-body", lines[2].GetProperty("speakerKind").GetProperty("value").GetString());
    }

    [Fact]
    public void Read_MissingFile_ExitsWithUsageError()
    {
        var outcome = PublishingProcess.Run("", "read", "/nonexistent/report.pdf");

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("no such file", outcome.Stderr, StringComparison.Ordinal);
    }
}
