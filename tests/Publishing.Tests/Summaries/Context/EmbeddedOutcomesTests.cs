using System.Text;
using Publishing.Reading.Model;
using Publishing.Summaries.Context;

namespace Publishing.Tests.Summaries.Context;

public class EmbeddedOutcomesTests
{

    [Fact]
    public void Embedded_IsTheReleaseAsAt31March2025WithItsAttribution()
    {
        var data = EmbeddedOutcomes.Data;

        Assert.Equal("Local authority inspection outcomes as at 31 March 2025", data.Release.Title);
        Assert.Equal((new DateOnly(2025, 3, 31), new DateOnly(2025, 9, 25)), (data.Release.AsAt, data.Release.Published));
        Assert.Contains("Contains public sector information licensed under the Open Government Licence v3.0.", data.Release.Attribution, StringComparison.Ordinal);
        Assert.Equal(153, data.Regions.Count);
        Assert.Equal("North East, Yorkshire and the Humber", data.Regions.RegionOf("barnsley"));
        Assert.Equal("31_March_2025__ILACS_inspection_history.csv", data.Inspections[0].Source.File);
    }

    [SkippableFact]
    public void Embedded_EqualsItsConversionFromOfstedsSheets_RowByRow()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var independent = IndependentOutcomes.History();
        var embedded = EmbeddedOutcomes.Data;

        Assert.Equal(independent.Count, embedded.Inspections.Count);
        foreach (var row in independent)
        {
            var inspection = embedded.Inspections.Single(i => i.Source.Row == row.Number);
            Assert.Equal((row.Name, row.Current, row.Published), (inspection.CouncilName, inspection.CouncilStillExists, inspection.Published));
            var overall = inspection.Grades.TryGetValue(JudgementKeys.OverallEffectiveness, out var grade) ? grade.ToOfstedWords() : "";
            Assert.Equal(row.Overall, overall);
        }
    }

    [SkippableFact]
    public void CompactFormat_WriteThenRead_KeepsEveryInspectionCouncilAndTheRelease()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var original = SummaryFixtures.Outcomes;
        var text = new StringWriter();
        CompactOutcomesFormat.Write(original, text);

        var read = CompactOutcomesFormat.Read(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), "round-trip.tsv");

        Assert.Equal(original.Release, read.Release);
        Assert.Equal(original.Inspections.Count, read.Inspections.Count);
        foreach (var (a, b) in original.Inspections.Zip(read.Inspections))
        {
            Assert.Equal((a.CouncilKey, a.Inspected, a.Published, a.InspectionType, a.Source), (b.CouncilKey, b.Inspected, b.Published, b.InspectionType, b.Source));
            Assert.Equal(a.Grades.OrderBy(g => g.Key), b.Grades.OrderBy(g => g.Key));
        }
        Assert.Equal(original.Regions.All.Select(c => (c.Code, c.Region, c.StillExists)).Order(), read.Regions.All.Select(c => (c.Code, c.Region, c.StillExists)).Order());
        Assert.True(text.ToString().Length < 40_000, $"the compact release is {text.ToString().Length} characters");
    }

    [SkippableFact]
    public void Import_OdsSpreadsheet_GivesTheSameDataAsItsCsvSheets()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var sheets = new[] { "Cover", "Notes", "ILACS_inspection_history" }
            .Select(s => (Sheet: s, Rows: (IReadOnlyList<string[]>)IndependentOutcomes.SheetRows($"31_March_2025__{s}.csv")));
        var ods = Path.Combine(Path.GetTempPath(), $"outcomes-{Guid.NewGuid():N}.ods");
        File.WriteAllBytes(ods, OdsTestFile.Build(sheets));
        try
        {
            var fromOds = OfstedOutcomesImport.FromFile(ods, EmbeddedOutcomes.Data);
            var fromCsv = SummaryFixtures.Outcomes;

            Assert.Equal(fromCsv.Release, fromOds.Release);
            Assert.Equal(fromCsv.Inspections.Count, fromOds.Inspections.Count);
            foreach (var (a, b) in fromCsv.Inspections.Zip(fromOds.Inspections))
            {
                Assert.Equal((a.CouncilKey, a.Inspected, a.Published, a.Source.Row), (b.CouncilKey, b.Inspected, b.Published, b.Source.Row));
                Assert.Equal(a.Grades.OrderBy(g => g.Key), b.Grades.OrderBy(g => g.Key));
            }
            // The spreadsheet has no la_lookup.csv beside it: other names come from the shipped release by ONS code.
            Assert.NotNull(fromOds.Councils.Find("Bristol, City of"));
        }
        finally { File.Delete(ods); }
    }

    [Fact]
    public void Import_NotASpreadsheet_SaysSoAndThrowsNothingElse()
    {
        var path = Path.Combine(Path.GetTempPath(), $"outcomes-{Guid.NewGuid():N}.ods");
        File.WriteAllText(path, "this is not a zip");
        try
        {
            var error = Assert.Throws<OutcomesDataException>(() => OfstedOutcomesImport.FromFile(path, null));
            Assert.Contains("not a readable zip", error.Message, StringComparison.Ordinal);
            Assert.Contains("no such file", Assert.Throws<OutcomesDataException>(() => OfstedOutcomesImport.FromFile(path + ".missing.ods", null)).Message, StringComparison.Ordinal);
            File.WriteAllText(path + ".xlsx", "");
            Assert.Contains("neither an .ods", Assert.Throws<OutcomesDataException>(() => OfstedOutcomesImport.FromFile(path + ".xlsx", null)).Message, StringComparison.Ordinal);
        }
        finally { File.Delete(path); File.Delete(path + ".xlsx"); }
    }
    [Theory]
    [InlineData(5, 30_000, "more than 100000 rows")] // each sheet under the limit, the spreadsheet over it
    [InlineData(200, 1, "more than 64 sheets")]
    public void Import_OdsWhoseTablesTogetherExceedTheLimits_IsRefusedBeforeExhaustingMemory(int tables, int repeatedRows, string expected)
    {
        // A kilobyte of compressed XML: with a per-sheet row limit, 1,000 such tables took a gigabyte.
        const string ns = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"";
        var table = $"<table:table table:name=\"t\"><table:table-row table:number-rows-repeated=\"{repeatedRows}\"><table:table-cell table:number-columns-repeated=\"512\"><text:p>x</text:p></table:table-cell></table:table-row></table:table>";
        var path = Path.Combine(Path.GetTempPath(), $"outcomes-{Guid.NewGuid():N}.ods");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        using (var content = new StreamWriter(zip.CreateEntry("content.xml").Open()))
            content.Write($"<office:document-content {ns}><office:body><office:spreadsheet>{string.Concat(Enumerable.Repeat(table, tables))}</office:spreadsheet></office:body></office:document-content>");
        try
        {
            var error = Assert.Throws<OutcomesDataException>(() => OfstedOutcomesImport.FromFile(path, null));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }
    [Fact]
    public void Import_CsvSheetOverTheSizeLimit_IsRefusedWithoutReadingIt()
    {
        // A sparse file: 4 GB on paper, no disk used; File.ReadAllText would have tried to hold it all.
        var folder = Directory.CreateTempSubdirectory("outcomes-huge-csv-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "31_March_2025__Cover.csv"), "Local authority inspection outcomes as at 31 March 2025\nPublished on:,25 September 2025\n");
            var history = Path.Combine(folder.FullName, "31_March_2025__ILACS_inspection_history.csv");
            using (var f = File.Create(history)) f.SetLength(4L * 1024 * 1024 * 1024);

            var error = Assert.Throws<OutcomesDataException>(() => OfstedOutcomesImport.FromFile(history, null));

            Assert.Contains("over the 67108864 byte limit", error.Message, StringComparison.Ordinal);
        }
        finally { folder.Delete(recursive: true); }
    }
}
