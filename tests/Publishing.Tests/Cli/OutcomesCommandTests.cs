using Publishing.Hosting;
using Publishing.Reports;
using Publishing.Storage;
using Publishing.Summaries.Context;
using Publishing.Summaries.Issuing;
using Publishing.Tests.Hosting;
using Publishing.Tests.Summaries;
using Publishing.Tests.Summaries.Context;

namespace Publishing.Tests.Cli;

/// <summary>
/// <c>publishing outcomes import</c> over the built executable: a release in Ofsted's ODS form goes into the app's
/// storage on Azurite, and the summary context the handler composes with takes it over the shipped one.
/// </summary>
[Collection(StorageCollection.Name)]
public class OutcomesCommandTests(AzuriteFixture azurite)
{
    [SkippableFact]
    public async Task Import_OdsIntoStorage_IsTheReleaseSummariesUseAndShowNamesIt()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        // A stand-in for Ofsted's next release: this release's sheets with the cover's dates moved on a year.
        var cover = IndependentOutcomes.SheetRows("31_March_2025__Cover.csv").Select(r => r.Select(c => c.Replace("2025", "2026", StringComparison.Ordinal)).ToArray()).ToList();
        var ods = Path.Combine(Path.GetTempPath(), $"outcomes-{Guid.NewGuid():N}.ods");
        File.WriteAllBytes(ods, OdsTestFile.Build([("Cover", cover), ("ILACS_inspection_history", IndependentOutcomes.SheetRows("31_March_2025__ILACS_inspection_history.csv"))]));
        var options = azurite.NewStorage();
        var connection = new Dictionary<string, string?> { ["AzureWebJobsStorage"] = null, ["PUBLISHING_OUTCOMES"] = null };
        try
        {
            var storage = new PublishingStorage(options);
            await storage.EnsureCreatedAsync();
            var before = await new SummaryContextSource(new PublishingHostOptions { Storage = options }, new ReportRecordStore(storage), EmbeddedOutcomes.Data, new StoredOutcomes(storage))
                .ForAsync("none", CancellationToken.None);
            Assert.Equal(new DateOnly(2025, 3, 31), before.Outcomes.Release.AsAt);

            var import = PublishingProcess.Run(connection, "", "outcomes", "import", ods, "--storage", azurite.ConnectionString);
            Assert.True(import.ExitCode == 0, import.Stderr);
            Assert.Contains("Local authority inspection outcomes as at 31 March 2026: 271 inspections of 153 current councils", import.Stdout, StringComparison.Ordinal);

            // The CLI writes unprefixed names (as a deployed app uses); read them the same way.
            var deployed = new StorageOptions { ConnectionString = azurite.ConnectionString };
            var deployedStorage = new PublishingStorage(deployed);
            await deployedStorage.EnsureCreatedAsync();
            var context = await new SummaryContextSource(new PublishingHostOptions { Storage = deployed }, new ReportRecordStore(deployedStorage), EmbeddedOutcomes.Data, new StoredOutcomes(deployedStorage))
                .ForAsync("none", CancellationToken.None);
            Assert.Equal(new DateOnly(2026, 3, 31), context.Outcomes.Release.AsAt);
            Assert.Equal("as at 31 March 2026", SummaryFixtures.Compose(SummaryFixtures.Sample(), context).Picture.ReleaseName);

            var show = PublishingProcess.Run(connection, "", "outcomes", "show", "--storage", azurite.ConnectionString);
            Assert.StartsWith("Local authority inspection outcomes as at 31 March 2026 (published 2026-09-25) from imported into storage", show.Stdout, StringComparison.Ordinal);
        }
        finally { File.Delete(ods); }
    }

    [Fact]
    public void Import_FileThatIsNotARelease_FailsWithItsReasonAndExit1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"outcomes-{Guid.NewGuid():N}.ods");
        File.WriteAllText(path, "not a spreadsheet");
        try
        {
            var outcome = PublishingProcess.Run("", "outcomes", "import", path, "--to", Path.GetTempPath());
            Assert.Equal(1, outcome.ExitCode);
            Assert.Contains("not a readable zip", outcome.Stderr, StringComparison.Ordinal);
            Assert.Equal(2, PublishingProcess.Run("", "outcomes", "bogus").ExitCode);
        }
        finally { File.Delete(path); }
    }
}
