using Publishing.Statements.Classification;
using Xunit;

namespace Publishing.Tests.Statements.Classification;

public sealed class StanceRulesTests
{
    [Fact]
    public void Assess_DisappointedButFullyAccepting_IsSupportive()
    {
        var result = StanceRules.Assess("We are disappointed by the inadequate rating. However, we fully accept the findings and thank the inspectors.");

        Assert.Equal(Stance.Supportive, result.Stance.Value);
        Assert.Contains(result.Stance.Cues, c => c.Contains("accept", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Stance.Cues, c => c.Contains("disappointed", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_NegatedSupportiveCue_IsCritical()
    {
        var result = StanceRules.Assess("We simply do not recognise the service described in this report.");

        Assert.Equal(Stance.Critical, result.Stance.Value);
        Assert.Contains(result.Stance.Cues, c => c.StartsWith("-negated", StringComparison.Ordinal) && c.Contains("recognise", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_NeitherFairNorCredible_IsCritical()
    {
        var result = StanceRules.Assess("The judgement is neither fair nor credible.");

        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Fact]
    public void Assess_NegatedCriticalCue_IsSupportive()
    {
        var result = StanceRules.Assess("Nobody here can argue with what the inspectors found.");

        Assert.Equal(Stance.Supportive, result.Stance.Value);
        Assert.Contains(result.Stance.Cues, c => c.StartsWith("+negated", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_ValueInspectionButRealObjection_IsMixed()
    {
        var result = StanceRules.Assess("We value independent inspection, but this framework is deeply flawed and ignores our partners.");

        Assert.Equal(Stance.Mixed, result.Stance.Value);
        Assert.Contains("contrast", result.Stance.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_AcceptanceThenObjectionInNextSentence_IsMixed()
    {
        var result = StanceRules.Assess("It is right that we are held to account by Ofsted. But the single-word grade tells a partial story.");

        Assert.Equal(Stance.Mixed, result.Stance.Value);
    }

    [Fact]
    public void Assess_CourtesyThanksThenDispute_IsCritical()
    {
        var result = StanceRules.Assess("We thank the inspectors for their time, but we dispute the judgement in the strongest terms.");

        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Fact]
    public void Assess_ContrastWithPraiseOnBothSides_IsSupportive()
    {
        var result = StanceRules.Assess("The inspection was demanding, but the inspectors were fair and thorough.");

        Assert.Equal(Stance.Supportive, result.Stance.Value);
    }

    [Fact]
    public void Assess_FundingPointOnly_IsNeutral()
    {
        var result = StanceRules.Assess("Councils have lost 40% of their budgets since 2010 while referrals keep rising.");

        Assert.Equal(Stance.Neutral, result.Stance.Value);
        Assert.Contains("rule:no-inspection-reference", result.Stance.Cues);
    }

    [Fact]
    public void Assess_GenericSentimentWithoutInspectionReference_IsNeutral()
    {
        var result = StanceRules.Assess("We are furious about the cuts. We are proud of our staff and we welcome the new funding.");

        Assert.Equal(Stance.Neutral, result.Stance.Value);
    }

    [Fact]
    public void Assess_ProceduralNextSteps_IsNeutral()
    {
        var result = StanceRules.Assess("Ofsted will carry out a monitoring visit in the spring. A commissioner will be appointed.");

        Assert.Equal(Stance.Neutral, result.Stance.Value);
        Assert.Contains("rule:no-stance-cue", result.Stance.Cues);
    }

    [Fact]
    public void Assess_UnionDefendingStaffWithoutAttackingInspection_IsNeutral()
    {
        var result = StanceRules.Assess("Staff are not to blame for this report; they have been working under impossible caseloads.");

        Assert.Equal(Stance.Neutral, result.Stance.Value);
    }

    [Fact]
    public void Assess_RebuttalOfCriticism_IsSupportive()
    {
        var result = StanceRules.Assess("I don't accept that our judgements are biased against poorer areas.");

        Assert.Equal(Stance.Supportive, result.Stance.Value);
        Assert.Contains(result.Stance.Cues, c => c.Contains("rebuttal", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_RejectingTheReport_IsCritical()
    {
        var result = StanceRules.Assess("We reject the report's suggestion that our managers were complacent.");

        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Fact]
    public void Assess_ConditionalPraise_DoesNotCountAsSupport()
    {
        var result = StanceRules.Assess("Ratings are only useful if they reflect what families actually experience.");

        Assert.DoesNotContain(result.Stance.Cues, c => c.StartsWith('+'));
    }

    [Fact]
    public void Assess_Always_ReasonNamesMatchedCuesAndScores()
    {
        var result = StanceRules.Assess("This verdict is flawed and myopic.");

        Assert.Equal(Stance.Critical, result.Stance.Value);
        Assert.Contains("flawed", result.Stance.Reason, StringComparison.Ordinal);
        Assert.Contains("myopic", result.Stance.Reason, StringComparison.Ordinal);
        Assert.Contains("critical", result.Stance.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SentenceAfterInspectionSentence_CountsAtReducedWeight()
    {
        var result = StanceRules.Assess("Ofsted published its report today. It is flawed.");

        Assert.Equal(1.0, result.Sentences[0].Relevance);
        Assert.Equal(0.8, result.Sentences[1].Relevance);
        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Fact]
    public void Clauses_ContrastWord_SplitsSentenceAndRecordsMarker()
    {
        var clauses = StanceRules.Clauses("We welcome scrutiny, but the grade is unfair.").ToList();

        Assert.Equal(2, clauses.Count);
        Assert.Equal("but", clauses[1].Marker);
    }

    [Theory]
    [InlineData("we do not", true)]
    [InlineData("inspectors failed to", true)]
    [InlineData("this is not only", false)]
    [InlineData("we entirely", false)]
    public void IsNegated_WordsBeforeCue_DetectsNegation(string before, bool expected)
    {
        Assert.Equal(expected, StanceRules.IsNegated(before + " accept", before.Length + 1));
    }
}
