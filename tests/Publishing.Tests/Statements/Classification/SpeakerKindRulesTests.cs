using Publishing.Statements.Classification;
using Xunit;

namespace Publishing.Tests.Statements.Classification;

public sealed class SpeakerKindRulesTests
{
    private static readonly KnownCouncils Councils = KnownCouncils.FromNames(["Leeds", "Bristol, City of", "Sandwell", "Kirklees"]);

    [Theory]
    [InlineData("", "President", "Association of Directors of Children's Services", SpeakerKind.SectorBody)]
    [InlineData("", "", "County Councils Network", SpeakerKind.SectorBody)]
    [InlineData("", "Branch secretary", "UNISON Leeds", SpeakerKind.Union)]
    [InlineData("", "", "Unite", SpeakerKind.Union)]
    [InlineData("", "", "Barnardo's", SpeakerKind.Charity)]
    [InlineData("", "His Majesty's Chief Inspector", "", SpeakerKind.Regulator)]
    [InlineData("", "", "HM Inspectorate of Probation", SpeakerKind.Regulator)]
    [InlineData("", "Minister for Children and Families", "Department for Education", SpeakerKind.Government)]
    [InlineData("", "MP for Leeds North", "", SpeakerKind.Government)]
    [InlineData("Cllr Jane Smith", "Opposition spokesperson", "Leeds City Council", SpeakerKind.Council)]
    [InlineData("", "", "Bristol City Council", SpeakerKind.Council)]
    [InlineData("", "Professor of social policy", "University of Bristol", SpeakerKind.Independent)]
    public void Decide_SpeakerFields_ReturnsTaxonomyKind(string speaker, string role, string body, SpeakerKind expected)
    {
        var label = SpeakerKindRules.Decide(new StatementInput("text", speaker, role, body), Councils);

        Assert.Equal(expected, label.Value);
        Assert.NotEmpty(label.Cues);
        Assert.False(string.IsNullOrWhiteSpace(label.Reason));
    }

    [Fact]
    public void Decide_CommissionerAppointedToCouncil_IsIndependentDespiteCouncilBody()
    {
        var label = SpeakerKindRules.Decide(new StatementInput("text", "", "Commissioner for children's services", "Kirklees Council"), Councils);

        Assert.Equal(SpeakerKind.Independent, label.Value);
        Assert.Contains("commissioner", label.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Decide_ChildrensCommissioner_IsGovernment()
    {
        var label = SpeakerKindRules.Decide(new StatementInput("text", "Dame Rachel", "Children\u2019s Commissioner for England", ""), Councils);

        Assert.Equal(SpeakerKind.Government, label.Value);
    }

    [Fact]
    public void Decide_FormerInspector_IsIndependent()
    {
        var label = SpeakerKindRules.Decide(new StatementInput("text", "Former Ofsted inspector", "", ""), Councils);

        Assert.Equal(SpeakerKind.Independent, label.Value);
        Assert.Contains("former", label.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Decide_NoFieldsButFirstPersonOrganisation_UsesText()
    {
        var label = SpeakerKindRules.Decide(new StatementInput("Speaking on behalf of the NSPCC, we welcome the report."), Councils);

        Assert.Equal(SpeakerKind.Charity, label.Value);
    }

    [Fact]
    public void Decide_NoCueAnywhere_DefaultsToIndependentWithReason()
    {
        var label = SpeakerKindRules.Decide(new StatementInput("The report was published today."), Councils);

        Assert.Equal(SpeakerKind.Independent, label.Value);
        Assert.Contains("default:independent", label.Cues);
    }
}
