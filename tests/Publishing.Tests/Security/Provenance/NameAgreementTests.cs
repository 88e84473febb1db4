using System.Collections.Concurrent;
using Publishing.Reading;
using Publishing.Reports.Provenance;
using Publishing.Tests.Corpus;

namespace Publishing.Tests.Security.Provenance;

/// <summary>Issue 17 item 2: the blob's name must agree with what the report says (council, date).</summary>
public sealed class NameAgreementTests
{
    [SkippableFact]
    public void EveryCorpusReport_AgreesWithItsPublishedFileName()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var rows = CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv"));
        var problems = new ConcurrentBag<string>();
        var checkedCount = 0;
        // The machine is shared: a generous budget, so a slow read is not mistaken for a disagreement.
        var reader = new ReportReader(new ReportReaderOptions { TimeBudget = TimeSpan.FromMinutes(2) });
        CorpusReads.ForEach(rows, reader, problems, (row, path, report) =>
        {
            Interlocked.Increment(ref checkedCount);
            foreach (var disagreement in NameAgreement.Disagreements(Path.GetFileName(path), report)) problems.Add($"{row.File}: {disagreement}");
        }, maxDegreeOfParallelism: 2);
        Assert.Empty(problems);
        Assert.Equal(rows.Count, checkedCount);
    }

    [Theory]
    [InlineData("press-release-2025-11-14.pdf", "names council 'press-release'")]
    [InlineData("barnsley-2025-11-14.pdf", "names council 'barnsley', the report is about 'northmoor'")]
    [InlineData("northmoor-2025-09-01.pdf", "before the inspection ended (2025-09-26)")]
    [InlineData("northmoor-2027-11-14.pdf", "more than 365 days after the inspection ended")]
    [InlineData("northmoor.pdf", "is not council-yyyy-mm-dd.pdf")]
    [InlineData("report (1) 2025-11-14.pdf", "is not council-yyyy-mm-dd.pdf")]
    public void ForgedOrWrongName_Disagrees(string blobName, string expected)
    {
        var report = new ReportReader().ReadPdf(PdfRevisions.Sample, blobName).Report!;
        Assert.Contains(NameAgreement.Disagreements(blobName, report), d => d.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TheRightName_Agrees()
    {
        var report = new ReportReader().ReadPdf(PdfRevisions.Sample, "northmoor-2025-11-14.pdf").Report!;
        Assert.Empty(NameAgreement.Disagreements("northmoor-2025-11-14.pdf", report));
    }
}
