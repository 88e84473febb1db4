using System.Text;
using Publishing.Reading.Model;
using Publishing.Summaries.Context;

namespace Publishing.Tests.Summaries.Context;

public class OutcomesDataTests
{
    private const string History = """
        ILACS inspection history from 2018-2025
        A note row, as Ofsted's sheet has.
        Web link,Local authority area code,Local authority name,Local authority status,Ofsted region,Inspection date,Publication date,Inspection type,Overall effectiveness,The impact of leaders on social work practice with children and families,The experiences and progress of children who need help and protection,The experiences and progress of children in care,The experiences and progress of care leavers
        Link,E1,Bristol,Current,South West,01/02/2019,15/03/2019,ILACS Standard Inspection,Good,Good,Requires improvement to be good,Good
        Link,E1,Bristol,Current,South West,01/02/2024,15/03/2024,ILACS Standard Inspection,Outstanding,Outstanding,Good,Outstanding,Good
        Link,E2,Old Shire,No longer exists,South West,01/02/2019,15/04/2019,ILACS Standard Inspection,Inadequate,Inadequate,Inadequate,Inadequate
        """;

    private const string Lookup = """
        urn,la_code_new,local_authority_ons_name,also_known_as,region_name
        1,E06000023,"Bristol, City of",[Bristol],South West
        """;

    private static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Load_HistoryAndLookupStreams_MapsColumnsToJudgementKeysWithSources()
    {
        var data = OutcomesData.Load(Utf8(History), "history.csv", Utf8(Lookup));

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
        Assert.NotNull(data.Councils.Find("Bristol"));
    }

    [Fact]
    public void LoadFolder_MissingFolderOrFiles_ThrowsNamingWhatIsMissing()
    {
        var folder = Directory.CreateTempSubdirectory("publishing-outcomes-");
        try
        {
            var missing = Assert.Throws<OutcomesDataException>(() => OutcomesData.LoadFolder(Path.Combine(folder.FullName, "nope")));
            Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
            var noLookup = Assert.Throws<OutcomesDataException>(() => OutcomesData.LoadFolder(folder.FullName));
            Assert.Contains("la_lookup.csv", noLookup.Message, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(folder.FullName, "la_lookup.csv"), Lookup);
            var noHistory = Assert.Throws<OutcomesDataException>(() => OutcomesData.LoadFolder(folder.FullName));
            Assert.Contains("ILACS_inspection_history", noHistory.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Load_UnknownGradeOrDate_ThrowsNamingTheRow()
    {
        var badGrade = History.Replace("Outstanding,Outstanding,Good", "Superb,Outstanding,Good");
        var badDate = History.Replace("15/04/2019", "2019-04-15");

        Assert.Contains("row 5: 'Superb'", Assert.Throws<OutcomesDataException>(() => OutcomesData.Load(Utf8(badGrade), "h.csv", Utf8(Lookup))).Message, StringComparison.Ordinal);
        Assert.Contains("row 6: '2019-04-15'", Assert.Throws<OutcomesDataException>(() => OutcomesData.Load(Utf8(badDate), "h.csv", Utf8(Lookup))).Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void LoadFolder_CorpusOutcomes_EveryCurrentCouncilHasARegion()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var data = SummaryFixtures.Outcomes;

        var unmatched = data.Inspections.Where(i => i.CouncilStillExists && data.Regions.RegionOf(i.CouncilKey) is null).Select(i => i.CouncilName).Distinct().ToList();

        Assert.Empty(unmatched);
        Assert.Equal(new DateOnly(2025, 5, 14), data.LastPublished);
    }
}
