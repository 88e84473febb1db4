using System.Text;
using Publishing.Reading.Model;
using Publishing.Summaries.Context;

namespace Publishing.Tests.Summaries.Context;

public class OutcomesDataTests
{
    private const string Cover = """
        Local authority inspection outcomes as at 31 March 2031
        Section,Detail
        Published on:,25 September 2031
        Period covered:,"Inspections as at 31 March 2031, with a report published by 30 June 2031"
        """;

    private const string History = """
        ILACS inspection history from 2018-2031
        A note row, as Ofsted's sheet has.
        Web link,Local authority area code,Local authority name,Local authority status,Ofsted region,Inspection date,Publication date,Inspection type,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers
        Link,E1,Bristol,Current,South West,01/02/2019,15/03/2019,ILACS Standard Inspection,Good,Good,Requires improvement to be good,Good
        Link,E1,Bristol,Current,South West,01/02/2024,15/03/2024,ILACS Standard Inspection,Outstanding,Outstanding,Good,Outstanding,Good
        Link,E2,Old Shire,No longer exists,"North East, Yorkshire and the Humber",01/02/2019,15/04/2019,ILACS Standard Inspection,Inadequate,Inadequate,Inadequate,Inadequate
        """;

    private const string Lookup = """
        urn,la_code_new,local_authority_ons_name,also_known_as,region_name
        1,E1,"Bristol, City of",[Bristol],South West
        """;

    private static DirectoryInfo Folder(params (string Name, string Text)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("publishing-outcomes-");
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(folder.FullName, name), text, Encoding.UTF8);
        return folder;
    }

    [Fact]
    public void LoadFolder_OfstedSheets_MapsColumnsToJudgementKeysRegionsAndRelease()
    {
        var folder = Folder(("2031__Cover.csv", Cover), ("2031__ILACS_inspection_history.csv", History), ("la_lookup.csv", Lookup));
        try
        {
            var data = OutcomesData.LoadFolder(folder.FullName);

            Assert.Equal((new DateOnly(2031, 3, 31), new DateOnly(2031, 9, 25)), (data.Release.AsAt, data.Release.Published));
            Assert.Equal("as at 31 March 2031", data.Release.AsAtWords);
            Assert.Contains("Open Government Licence v3.0", data.Release.Attribution, StringComparison.Ordinal);
            Assert.Equal(3, data.Inspections.Count);
            var first = data.Inspections[0];
            Assert.Equal(("bristol", new DateOnly(2019, 3, 15), 4), (first.CouncilKey, first.Published, first.Source.Row));
            Assert.Equal(Grade.Good, first.Grades[JudgementKeys.InCareAndCareLeavers]);
            Assert.False(first.Grades.ContainsKey(JudgementKeys.CareLeavers));
            var second = data.Inspections.Single(i => i.Published.Year == 2024);
            Assert.Equal(Grade.Outstanding, second.Grades[JudgementKeys.InCare]);
            Assert.Equal(Grade.Good, second.Grades[JudgementKeys.CareLeavers]);
            Assert.False(data.Inspections.Single(i => i.CouncilName == "Old Shire").CouncilStillExists);
            Assert.Equal("South West", data.Regions.RegionOf("bristol"));
            Assert.Equal("North East, Yorkshire and the Humber", data.Regions.RegionOf("old-shire"));
            Assert.False(data.Regions.Contains("old-shire"));
            Assert.Equal(["South West"], data.Regions.Regions);
            Assert.NotNull(data.Councils.Find("City of Bristol"));
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public void LoadFolder_MissingFolderCoverOrHistory_ThrowsNamingWhatIsMissing()
    {
        var folder = Folder();
        try
        {
            Assert.Contains("does not exist", Assert.Throws<OutcomesDataException>(() => OutcomesData.LoadFolder(Path.Combine(folder.FullName, "nope"))).Message, StringComparison.Ordinal);
            Assert.Contains("ILACS inspection history", Assert.Throws<OutcomesDataException>(() => OutcomesData.LoadFolder(folder.FullName)).Message, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "2031__ILACS_inspection_history.csv"), History);
            Assert.Contains("Cover", Assert.Throws<OutcomesDataException>(() => OutcomesData.LoadFolder(folder.FullName)).Message, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "2031__Cover.csv"), "Local authority inspection outcomes\nPublished on:,25 September 2031\n");
            Assert.Contains("as at", Assert.Throws<OutcomesDataException>(() => OutcomesData.LoadFolder(folder.FullName)).Message, StringComparison.Ordinal);
        }
        finally { folder.Delete(recursive: true); }
    }

    [Fact]
    public void LoadFolder_UnknownGradeOrDate_ThrowsNamingTheRow()
    {
        foreach (var (history, expected) in new[]
        {
            (History.Replace("Outstanding,Outstanding,Good", "Superb,Outstanding,Good"), "row 5: 'Superb'"),
            (History.Replace("15/04/2019", "April 2019"), "row 6: 'April 2019'"),
        })
        {
            var folder = Folder(("2031__Cover.csv", Cover), ("2031__ILACS_inspection_history.csv", history), ("la_lookup.csv", Lookup));
            try { Assert.Contains(expected, Assert.Throws<OutcomesDataException>(() => OutcomesData.LoadFolder(folder.FullName)).Message, StringComparison.Ordinal); }
            finally { folder.Delete(recursive: true); }
        }
    }

    [SkippableFact]
    public void LoadFolder_CorpusOutcomes_EveryCurrentCouncilHasAnOfstedRegion()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var data = SummaryFixtures.Outcomes;
        var independent = IndependentOutcomes.RegionByHistoryName();

        foreach (var council in data.Regions.All) Assert.Equal(independent[council.Name], council.Region);
        Assert.Equal(153, data.Regions.Count);
        Assert.Equal(8, data.Regions.Regions.Count);
        Assert.Equal(new DateOnly(2025, 5, 14), data.LastPublished);
        Assert.Equal(new DateOnly(2025, 3, 31), data.Release.AsAt);
    }
    [SkippableTheory]
    [InlineData("2024", "2025")] // an older release configured: the shipped one is newer and is used, as README and import promise
    [InlineData("2026", "2026")]
    public void Source_ConfiguredFolder_IsUsedOnlyWhenNotOlderThanTheShippedRelease(string coverYear, string usedYear)
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var folder = Directory.CreateTempSubdirectory("outcomes-older-");
        try
        {
            var prefix = $"31_March_{coverYear}__";
            File.WriteAllText(Path.Combine(folder.FullName, prefix + "Cover.csv"),
                File.ReadAllText(Path.Combine(SummaryFixtures.OutcomesFolder, "31_March_2025__Cover.csv")).Replace("2025", coverYear, StringComparison.Ordinal));
            File.Copy(IndependentOutcomes.HistoryFile, Path.Combine(folder.FullName, prefix + "ILACS_inspection_history.csv"));

            var used = OutcomesSource.Load(folder.FullName);

            Assert.Equal(new DateOnly(int.Parse(usedYear, System.Globalization.CultureInfo.InvariantCulture), 3, 31), used.Release.AsAt);
        }
        finally { folder.Delete(recursive: true); }
    }
}
