using Publishing.Statements.Classification;
using Xunit;

namespace Publishing.Tests.Statements.Classification;

public sealed class SubjectMatcherTests
{
    private static readonly KnownCouncils Councils = KnownCouncils.FromNames(
        ["Manchester", "Reading", "Bristol, City of", "Kingston Upon Hull, City of", "North Somerset", "Somerset", "Hampshire", "Isle of Wight", "City of London"]);

    private static Label<CouncilSubject?> Match(string text, SpeakerKind kind = SpeakerKind.SectorBody, string body = "") =>
        SubjectMatcher.Match(new StatementInput(text, Body: body), kind, Councils);

    [Fact]
    public void Match_CouncilNamedInText_ReturnsCouncilWithReason()
    {
        var subject = Match("Ofsted's verdict on Bristol City Council is harsh.");

        Assert.Equal("bristol", subject.Value?.Slug);
        Assert.Contains("Bristol", subject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_LongestNameWins_NorthSomersetNotSomerset()
    {
        Assert.Equal("north-somerset", Match("The report on North Somerset was fair.").Value?.Slug);
    }

    [Fact]
    public void Match_SystemWideStatement_HasNoSubject()
    {
        var subject = Match("Single-word judgements fail councils across England.");

        Assert.Null(subject.Value);
        Assert.Contains("system", subject.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Match_NoCouncilNamedByNonCouncilSpeaker_HasNoSubject()
    {
        Assert.Null(Match("Inspection must look at police and health as well.").Value);
    }

    [Fact]
    public void Match_CouncilSpeakerNamingNoCouncil_ReturnsOwnCouncil()
    {
        var subject = Match("We accept the findings in full.", SpeakerKind.Council, "Bristol City Council");

        Assert.Equal("bristol", subject.Value?.Slug);
        Assert.Contains("speaker-council:bristol", subject.Cues);
    }

    [Fact]
    public void Match_CouncilSpeakerMentioningNeighbour_StaysWithOwnCouncil()
    {
        var subject = Match("Our shared leadership with Hampshire has brought stability.", SpeakerKind.Council, "Isle of Wight Council");

        Assert.Equal("isle-of-wight", subject.Value?.Slug);
    }

    [Fact]
    public void Match_CouncilSpeakerTalkingAboutTheSystem_HasNoSubject()
    {
        Assert.Null(Match("Councils across England are being asked to do more with less.", SpeakerKind.Council, "Bristol City Council").Value);
    }

    [Fact]
    public void Match_LowercaseCommonWord_IsNotACouncil()
    {
        Assert.Null(Match("After reading the report, we think the framework is flawed.").Value);
    }

    [Fact]
    public void Match_GreaterManchester_IsNotManchesterCouncil()
    {
        Assert.Null(Match("Greater Manchester Police have been slow to share information.").Value);
    }

    [Fact]
    public void Match_SentenceOpeningNameFollowedByVerb_IsCouncil()
    {
        Assert.Equal("bristol", Match("Bristol has done what good councils do after a difficult report.").Value?.Slug);
    }

    [Fact]
    public void Match_LondonAlone_IsNotCityOfLondon()
    {
        Assert.Null(Match("London councils face the highest placement costs.").Value);
    }

    [Fact]
    public void Match_ReportDateKnown_IsCarriedOnSubject()
    {
        var statement = new StatementInput("We welcome the report on Reading.") { ReportPublished = new DateOnly(2025, 3, 14) };

        var subject = SubjectMatcher.Match(statement, SpeakerKind.Charity, Councils);

        Assert.Equal(new CouncilSubject("reading", "Reading", new DateOnly(2025, 3, 14)), subject.Value);
    }

    [Fact]
    public void Match_NoKnownCouncils_HasNoSubjectAndSaysWhy()
    {
        var subject = SubjectMatcher.Match(new StatementInput("Bristol's report is fair."), SpeakerKind.Charity, KnownCouncils.Empty);

        Assert.Null(subject.Value);
        Assert.Contains("rule:no-known-councils", subject.Cues);
    }
}

public sealed class SubjectMatcherShortNameTests
{
    private static readonly KnownCouncils Councils = KnownCouncils.FromNames(
        ["Southend-on-Sea", "Newcastle upon Tyne", "Telford and Wrekin", "Blackburn with Darwen", "Kingston upon Thames", "Kingston upon Hull", "Kent", "Medway", "Lancashire"]);

    private static string? Subject(string text, SpeakerKind kind = SpeakerKind.SectorBody, string body = "") =>
        SubjectMatcher.Match(new StatementInput(text, Body: body), kind, Councils).Value?.Slug;

    [Theory]
    [InlineData("The findings at Southend are unacceptable.", "southend-on-sea")]
    [InlineData("Newcastle has been judged outstanding.", "newcastle-upon-tyne")]
    [InlineData("Telford's children's services are good.", "telford-and-wrekin")]
    [InlineData("We congratulate Blackburn on today's report.", "blackburn-with-darwen")]
    public void Match_EverydayShortName_FindsTheCouncil(string text, string expected) => Assert.Equal(expected, Subject(text));

    [Fact]
    public void Match_ShortNameTwoCouncilsShare_FindsNeither() =>
        Assert.Null(Subject("The report on Kingston is fair."));

    [Theory]
    [InlineData("Kent Police worked closely with children's services in Medway throughout the inspection.", "medway")]
    [InlineData("Lancashire Constabulary and Blackburn with Darwen Council share a front door.", "blackburn-with-darwen")]
    public void Match_PlaceNameOfAnotherBody_IsNotTheCouncil(string text, string expected) => Assert.Equal(expected, Subject(text));

    [Fact]
    public void Match_CouncilSpeakerPraisingEveryAreaOfItsService_KeepsItsOwnCouncil() =>
        Assert.Equal("medway", Subject("Our services are now good across every area of practice.", SpeakerKind.Council, "Medway Council"));
}
