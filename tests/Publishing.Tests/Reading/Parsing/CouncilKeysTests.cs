using Publishing.Reading.Parsing;
using Publishing.Summaries.Context;
using Publishing.Tests.Corpus;

namespace Publishing.Tests.Reading.Parsing;

public class CouncilKeysTests
{
    [Theory]
    [InlineData("Borough of Poole", "poole")]
    [InlineData("The Borough of Poole", "poole")]
    [InlineData("Royal Borough of Greenwich", "greenwich")]
    [InlineData("London Borough of Hammersmith & Fulham", "hammersmith-and-fulham")]
    [InlineData("Metropolitan Borough of Wirral", "wirral")]
    [InlineData("County of Herefordshire", "herefordshire")]
    [InlineData("City of York Council", "york")]
    [InlineData("City of Bristol", "bristol")]
    public void FromName_AdministrativePrefix_IsDropped(string printed, string key) =>
        Assert.Equal(key, CouncilKeys.FromName(printed));

    [Theory]
    [InlineData("Kingston upon Hull, City of", "kingston-upon-hull")]
    [InlineData("Bristol, City of", "bristol")]
    [InlineData("Herefordshire, County of", "herefordshire")]
    [InlineData("Poole, Borough of", "poole")]
    public void FromName_InvertedOnsForm_GivesTheSameKeyAsTheReportsName(string printed, string key) =>
        Assert.Equal(key, CouncilKeys.FromName(printed));

    [Theory]
    [InlineData("Kingston upon Hull City Council", "kingston-upon-hull")]
    [InlineData("Durham County Council", "durham")]
    [InlineData("Wirral Metropolitan Borough Council", "wirral")]
    [InlineData("St. Helens Metropolitan Borough Council", "st-helens")]
    [InlineData("Isle of Wight Council", "isle-of-wight")]
    [InlineData("East Riding of Yorkshire Council", "east-riding-of-yorkshire")]
    public void FromName_CouncilSuffix_IsDroppedButNotInnerWords(string printed, string key) =>
        Assert.Equal(key, CouncilKeys.FromName(printed));

    [Theory]
    [InlineData("Bournemouth, Christchurch and Poole")]
    [InlineData("Bournemouth, Christchurch & Poole Council")]
    [InlineData("BCP Council")]
    public void FromName_BournemouthChristchurchAndPoole_AllFormsShareOneKey(string printed) =>
        Assert.Equal("bournemouth-christchurch-and-poole", CouncilKeys.FromName(printed));

    [SkippableFact]
    public void FromName_EachLookupRow_OnsAndUpperTierNamesAgree()
    {
        var rows = LaLookupRows();
        var disagreeing = rows
            .Select(r => (Ons: r.Cell("local_authority_ons_name"), UpperTier: r.Cell("utla23nm")))
            .Where(r => r.Ons.Length > 0 && r.UpperTier.Length > 0 && CouncilKeys.FromName(r.Ons) != CouncilKeys.FromName(r.UpperTier))
            .Select(r => $"'{r.Ons}' → {CouncilKeys.FromName(r.Ons)}, '{r.UpperTier}' → {CouncilKeys.FromName(r.UpperTier)}")
            .ToList();
        Assert.Empty(disagreeing);
    }

    [SkippableFact]
    public void FromName_EachCorpusCouncil_IsFoundInTheLookupByItsOnsName()
    {
        var lookupKeys = LaLookupRows().Select(r => CouncilKeys.FromName(r.Cell("local_authority_ons_name"))).ToHashSet();
        var reports = CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv"));
        var notInLookup = reports.Select(r => r.CouncilKey).Distinct().Where(k => !lookupKeys.Contains(k)).ToList();
        Assert.Empty(notInLookup);
    }

    private sealed record LookupRow(string[] Header, string[] Values)
    {
        public string Cell(string column) => Array.IndexOf(Header, column) is var i and >= 0 && i < Values.Length ? Values[i].Trim() : "";
    }

    private static List<LookupRow> LaLookupRows()
    {
        var path = Path.Combine(RepositoryPaths.SharedCorpus, "ofsted-outcomes", "la_lookup.csv");
        Skip.IfNot(File.Exists(path), RepositoryPaths.CorpusMissing);
        var records = CsvRows.Parse(File.ReadAllText(path).TrimStart('\uFEFF'));
        var header = records[0].Select(h => h.Trim()).ToArray();
        return records.Skip(1).Select(r => new LookupRow(header, r)).ToList();
    }
}
