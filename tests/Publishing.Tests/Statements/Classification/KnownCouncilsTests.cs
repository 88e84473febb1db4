using Publishing.Statements.Classification;
using Xunit;

namespace Publishing.Tests.Statements.Classification;

public sealed class KnownCouncilsTests
{
    [Theory]
    [InlineData("Bristol City Council", "bristol")]
    [InlineData("City of Bristol", "bristol")]
    [InlineData("Bristol, City of", "bristol")]
    [InlineData("London Borough of Hackney", "hackney")]
    [InlineData("Royal Borough of Kensington & Chelsea", "kensington-and-chelsea")]
    [InlineData("The Royal Borough of Windsor and Maidenhead", "windsor-and-maidenhead")]
    [InlineData("Durham County Council", "durham")]
    [InlineData("County Durham", "durham")]
    [InlineData("Stoke-on-Trent City Council", "stoke-on-trent")]
    [InlineData("St. Helens Council", "st-helens")]
    [InlineData("Metropolitan Borough of Wirral", "wirral")]
    [InlineData("City of Bradford Metropolitan District Council", "bradford")]
    [InlineData("Bedford Borough Council", "bedford")]
    [InlineData("City of London Corporation", "city-of-london")]
    public void Slug_CouncilNameVariants_NormaliseToSameSlug(string name, string expected)
    {
        Assert.Equal(expected, CouncilNameNormaliser.Slug(name));
    }

    [Fact]
    public void FromCsv_QuotedFieldsAliasesAndBom_ParsesCouncils()
    {
        const string csv = "\uFEFFurn,la_code_new,stat_neighbours,local_authority_ons_name,also_known_as,ltla23nm\r\n"
            + "1,E06000023,\"308, 821\",\"Bristol, City of\",[Bristol],\"Bristol, City of\"\r\n"
            + "2,E06000058,,\"Bournemouth, Christchurch and Poole\",\"[BCP, Bournemouth, Christchurch & Poole]\",\r\n"
            + "3,E06000029,,Poole,,\r\n";

        var councils = KnownCouncils.FromCsv(csv);

        Assert.Equal(3, councils.Count);
        Assert.Equal("bristol", councils.Find("Bristol City Council")?.Slug);
        Assert.Equal("City of Bristol", councils.Find("bristol")?.Name);
        Assert.Equal("E06000023", councils.Find("bristol")?.Code);
        Assert.Equal("bournemouth-christchurch-and-poole", councils.Find("BCP")?.Slug);
        Assert.Equal("poole", councils.Find("Poole")?.Slug);
        Assert.DoesNotContain(councils.All, c => c.Aliases.Contains("city-of"));
    }

    [Fact]
    public void FromCsv_MissingNameColumn_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => KnownCouncils.FromCsv("name,code\nLeeds,1\n"));
    }

    [Fact]
    public void FromNames_PlainList_FindsByAnyVariant()
    {
        var councils = KnownCouncils.FromNames(["Hackney", "Kingston upon Hull, City of", "Hackney"]);

        Assert.Equal(2, councils.Count);
        Assert.Equal("hackney", councils.Find("London Borough of Hackney")?.Slug);
        Assert.Equal("kingston-upon-hull", councils.Find("Kingston upon Hull City Council")?.Slug);
        Assert.Null(councils.Find("Leeds"));
    }

    [CouncilCsvFact]
    public void FromCsv_SharedLookup_LoadsEveryRowAndAliases()
    {
        var councils = Councils.FromSharedCsv;

        Assert.True(councils.Count >= 150, $"{councils.Count} councils");
        Assert.Equal(councils.Count, councils.All.Select(c => c.Slug).Distinct().Count());
        Assert.Equal("bristol", councils.Find("Bristol City Council")?.Slug);
        Assert.Equal("kingston-upon-hull", councils.Find("Hull")?.Slug);
        Assert.Equal("durham", councils.Find("Durham County Council")?.Slug);
        Assert.Equal("city-of-london", councils.Find("City of London")?.Slug);
    }
}
