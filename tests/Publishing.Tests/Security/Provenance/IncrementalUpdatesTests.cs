using System.Text;
using Publishing.Reading;
using Publishing.Reading.Model;
using Publishing.Reports.Provenance;

namespace Publishing.Tests.Security.Provenance;

/// <summary>
/// Issue 17 item 2: a real report with a 4 KB incremental update that rewrote every grade was published as such. An
/// update that changes page content is flagged; one that adds only metadata, or nothing, is not; no corpus PDF is.
/// </summary>
public sealed class IncrementalUpdatesTests
{
    [Fact]
    public void UpdateRewritingThePagesContent_IsFlagged_AndReallyChangesTheGradesRead()
    {
        var forged = PdfRevisions.SampleWithEveryGradeInadequate();

        var check = IncrementalUpdates.Check(forged);

        Assert.True(check.ChangesPageContent);
        Assert.Equal(1, check.Updates);
        Assert.Contains(check.ContentChanges, c => c.StartsWith("object 5 ", StringComparison.Ordinal));
        // The update is not a test artefact: a PDF reader shows the rewritten grades.
        var read = new ReportReader().ReadPdf(forged, "northmoor-2025-11-14.pdf");
        Assert.True(read.Succeeded, read.Succeeded ? "" : read.Failure.Message);
        Assert.All(read.Report.Judgements, j => Assert.Equal(Grade.Inadequate, j.Grade));
    }

    [Theory]
    [InlineData("/Type /Metadata /Subtype /XML", null)] // labelled metadata, but object 5 is the page's content
    [InlineData("/Type /XRef", null)]
    [InlineData("/Extra << /Type /Metadata >>", null)] // a /Type only in a nested dictionary
    [InlineData("/Extra (>>) /Type /Metadata", null)] // ... or one made to look top-level by a string
    public void UpdateRewritingThePagesContent_UnderAMetadataLabel_IsFlagged(string dictionaryEntries, string? extraTrailer)
    {
        var forged = PdfRevisions.SampleWithEveryGradeInadequate(dictionaryEntries, extraTrailer);

        Assert.Contains(IncrementalUpdates.Check(forged).ContentChanges, c => c.StartsWith("object 5 ", StringComparison.Ordinal));
        var read = new ReportReader().ReadPdf(forged, "northmoor-2025-11-14.pdf");
        Assert.True(read.Succeeded, read.Succeeded ? "" : read.Failure.Message);
        Assert.All(read.Report.Judgements, j => Assert.Equal(Grade.Inadequate, j.Grade));
    }

    [Fact]
    public void UpdateRedefiningAPageObject_NamedAsTheTrailersInfo_IsFlagged()
    {
        // Only the original's own /Info (or a new object) is metadata by that name; object 5 is the page's content.
        var forged = PdfRevisions.SampleWithEveryGradeInadequate(extraTrailer: "/Info 5 0 R");
        Assert.Contains(IncrementalUpdates.Check(forged).ContentChanges, c => c.StartsWith("object 5 ", StringComparison.Ordinal));
    }

    [Fact]
    public void UpdateAddingAPageObject_IsFlagged()
    {
        var page = Encoding.Latin1.GetBytes("<</Type /Page /Parent 3 0 R /MediaBox [ 0 0 595 842 ] /Contents 5 0 R >>");
        Assert.True(IncrementalUpdates.Check(PdfRevisions.Append(PdfRevisions.Sample, [(4, page)])).ChangesPageContent);
    }

    [Fact]
    public void UpdateAddingAnAnnotation_IsFlagged()
    {
        var annotation = Encoding.Latin1.GetBytes("<</Type /Annot /Subtype /FreeText /Rect [ 330 450 500 470 ] /Contents (Outstanding) >>");
        var check = IncrementalUpdates.Check(PdfRevisions.Append(PdfRevisions.Sample, [(8, annotation)]));
        Assert.Contains("object 8 (/Type /Annot)", check.ContentChanges);
    }

    [Fact]
    public void UpdateRepointingAnObjectAtAnotherEarlierDefinition_IsFlagged()
    {
        var pdf = PdfRevisions.Sample;
        var text = Encoding.Latin1.GetString(pdf);
        var fontOffset = text.IndexOf("1 0 obj", StringComparison.Ordinal);
        var prev = text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 9)..].Trim().Split('\n')[0].Trim();
        var update = $"\nxref\n0 1\n0000000000 65535 f \n5 1\n{fontOffset:D10} 00000 n \ntrailer\n<</Size 8 /Root 6 0 R /Prev {prev}>>\nstartxref\n{pdf.Length + 1}\n%%EOF\n";
        byte[] repointed = [.. pdf, .. Encoding.Latin1.GetBytes(update)];
        var check = IncrementalUpdates.Check(repointed);
        Assert.Contains(check.ContentChanges, c => c.Contains("pointing object 5", StringComparison.Ordinal));
    }

    [Fact]
    public void UpdateWithAFloodOfXrefEntries_IsFlaggedWithinABoundedAmountOfWork()
    {
        var pdf = PdfRevisions.Sample;
        var entries = new StringBuilder("\nxref\n0 1\n0000000000 65535 f \n8 150001\n");
        for (var i = 0; i < 150_001; i++) entries.Append("0000000015 00000 n \n");
        entries.Append("trailer\n<</Size 150009 /Root 6 0 R>>\nstartxref\n").Append(pdf.Length + 1).Append("\n%%EOF\n");
        byte[] flooded = [.. pdf, .. Encoding.Latin1.GetBytes(entries.ToString())];
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var check = IncrementalUpdates.Check(flooded);

        Assert.Contains($"more than {IncrementalUpdates.MaxEntriesChecked:N0} xref entries pointing into the original", check.ContentChanges);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.True(check.ContentChanges.Count <= IncrementalUpdates.MaxEntriesChecked + 1);
    }

    [Fact]
    public void EmptyUpdate_AndMetadataOnlyUpdates_AreNotFlagged()
    {
        var sample = PdfRevisions.Sample;
        var empty = PdfRevisions.AppendEmpty(sample);
        var info = PdfRevisions.Append(sample, [(7, "<</Producer (PdfPig) /Title (Northmoor) /ModDate (D:20251115090000Z) >>"u8.ToArray())]);
        var xmp = PdfRevisions.Append(sample, [(8, PdfRevisions.Stream("/Type /Metadata /Subtype /XML", "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>"u8.ToArray()))]);
        var catalog = PdfRevisions.Append(sample, [(6, "<</Type /Catalog /Pages 3 0 R /Metadata 8 0 R /Lang (en-GB) >>"u8.ToArray())]);

        Assert.Equal(IncrementalUpdateCheck.None, IncrementalUpdates.Check(sample));
        foreach (var pdf in new[] { empty, info, xmp, catalog })
        {
            var check = IncrementalUpdates.Check(pdf);
            Assert.Equal(1, check.Updates);
            Assert.False(check.ChangesPageContent, string.Join("; ", check.ContentChanges));
        }
    }

    [Fact]
    public void CatalogUpdatePointingAtAnotherPageTree_IsFlagged()
    {
        var catalog = PdfRevisions.Append(PdfRevisions.Sample, [(6, "<</Type /Catalog /Pages 9 0 R >>"u8.ToArray())]);
        Assert.Contains("object 6 (a catalog with another page tree)", IncrementalUpdates.Check(catalog).ContentChanges);
    }

    [SkippableFact]
    public void NoPdfOfTheCorpus_IsFlagged()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var files = new[] { "reports", "focused-visits", "area-send" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SharedCorpus, folder), "*.pdf")).ToList();
        var flagged = new List<string>();
        var updated = 0;
        foreach (var file in files)
        {
            var check = IncrementalUpdates.Check(File.ReadAllBytes(file));
            if (check.Updates > 0) updated++;
            if (check.ChangesPageContent) flagged.Add($"{Path.GetFileName(file)}: {string.Join("; ", check.ContentChanges)}");
        }
        Assert.True(files.Count >= 160 + 183 + 27, $"only {files.Count} corpus PDFs found");
        Assert.True(updated > 100, $"only {updated} corpus PDFs carry an incremental update; the check was meant to see Word's empty ones");
        Assert.Empty(flagged);
    }
}
