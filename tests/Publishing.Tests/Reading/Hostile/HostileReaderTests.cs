using System.Diagnostics;
using Publishing.Reading;

namespace Publishing.Tests.Reading.Hostile;

public class HostileReaderTests
{
    public static TheoryData<string> Cases => [.. HostileCorpus.All.Select(c => c.Name)];

    [Fact]
    public void Corpus_HasAtLeastThirtyNamedCases()
    {
        Assert.True(HostileCorpus.All.Count >= 30, $"{HostileCorpus.All.Count} cases");
        Assert.Equal(HostileCorpus.All.Count, HostileCorpus.All.Select(c => c.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReadPdf_HostileCase_EndsInTheExpectedOutcomeWithinTheLimits(string name)
    {
        var hostile = HostileCorpus.All.Single(c => c.Name == name);
        var limits = HostileCorpus.Limits();
        var bytes = hostile.Build();

        var clock = Stopwatch.StartNew();
        var result = new ReportReader(limits).ReadPdf(bytes, $"{name}.pdf");
        clock.Stop();

        Assert.True(clock.Elapsed < limits.TimeBudget + ReportReader.HardStopGrace(limits.TimeBudget) + TimeSpan.FromSeconds(1), $"{name} took {clock.Elapsed.TotalSeconds:0.0} s");
        if (hostile.Expected is not { } kind)
        {
            Assert.True(result.Succeeded, $"{name}: {result.Failure?.Message}");
            Assert.Equal(5, result.Report.Judgements.Count);
            return;
        }
        Assert.False(result.Succeeded, $"{name} was read as a report");
        Assert.True(kind == result.Failure.Kind, $"{name}: expected {kind}, got {result.Failure.Message}");
        Assert.Contains(hostile.FoundContains, result.Failure.Found, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(result.Failure.Expected));
        Assert.False(string.IsNullOrWhiteSpace(result.Failure.Found));
    }

    [Fact]
    public void ReadPdf_StillInsideOnePageWhenTheBudgetRunsOut_IsAbandonedAsTimedOut()
    {
        // The glyph limit is lifted: this is the hard stop's test, not the work limits'.
        var limits = new ReportReaderOptions { TimeBudget = TimeSpan.FromMilliseconds(100), MaxPageGlyphs = 2_000_000 };
        // A million glyphs on one page (1.6 MB of content, under the page limit): PdfPig alone needs far longer than the
        // budget for it, however fast the machine or the layout step.
        var bytes = RawPdf.OnePage("BT /F1 1 Tf 0 0 Td " + string.Concat(Enumerable.Repeat("(xxxxxxxxxx) Tj ", 100_000)) + "ET").Build();

        var clock = Stopwatch.StartNew();
        var result = new ReportReader(limits).ReadPdf(bytes);

        // "abandoned" below is only said by the hard stop; the bound is loose so a loaded machine does not trip it.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"answered after {clock.Elapsed.TotalMilliseconds:0} ms");
        Assert.False(result.Succeeded);
        Assert.Equal(ReadFailureKind.TimedOut, result.Failure.Kind);
        Assert.Contains("abandoned", result.Failure.Found, StringComparison.Ordinal);
    }
}
