using Publishing.Reading;

namespace Publishing.Tests.Reading.Hostile;

/// <summary>
/// Inputs afl-fuzz found that broke the reader (tests/Publishing.Fuzz, pdf target), kept as files in Regressions/.
/// Each must now end in an explained failure, not an exception.
/// </summary>
public class FuzzRegressionTests
{
    [Theory]
    // A mutated sample whose font stream's zlib header asks for a preset dictionary: ZLibException (not
    // InvalidDataException) escaped the reader's Flate preflight and would have failed the invocation.
    [InlineData("zlib-preset-dictionary.pdf", ReadFailureKind.CorruptPdf)]
    public void ReadPdf_FuzzFinding_EndsInAnExplainedFailure(string file, ReadFailureKind kind)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Root, "tests", "Publishing.Tests", "Reading", "Hostile", "Regressions", file));

        var result = new ReportReader(HostileCorpus.Limits()).ReadPdf(bytes, file);

        Assert.False(result.Succeeded);
        Assert.True(kind == result.Failure.Kind, result.Failure.Message);
        Assert.False(string.IsNullOrWhiteSpace(result.Failure.Found));
    }
}
