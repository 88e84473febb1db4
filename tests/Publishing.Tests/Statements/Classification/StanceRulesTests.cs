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
    [InlineData("Inspectors found that supervision was inconsistent and that plans for some children were unclear. We accept these findings in full.")]
    [InlineData("The report is right that our social workers have felt undervalued and unsupported, and we are sorry.")]
    [InlineData("Ofsted's report is fair in setting out where our help for young carers still falls short.")]
    [InlineData("Our assessments were not thorough enough and our planning was not robust, as the report says, and we accept that.")]
    public void Assess_CriticismOfTheServiceQuotedFromTheReport_IsSupportive(string text)
    {
        var result = StanceRules.Assess(text);

        Assert.Equal(Stance.Supportive, result.Stance.Value);
        Assert.DoesNotContain(result.Stance.Cues, c => c.StartsWith('-'));
    }

    [Theory]
    [InlineData("The judgement is inconsistent with the evidence the inspectors saw.")]
    [InlineData("The report understates the progress we have made.")]
    [InlineData("We are grateful for the inspectors' time, but the report is partial and unclear.")]
    [InlineData("Inspectors drew sweeping conclusions from a narrow inspection framework.")]
    [InlineData("The inspection was not thorough.")]
    public void Assess_SameWordsSaidOfTheInspection_StayCritical(string text)
    {
        var result = StanceRules.Assess(text);

        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Fact]
    public void Assess_PronounForTheReportInThePreviousSentence_StaysCritical()
    {
        var result = StanceRules.Assess("Ofsted published its report today. It is partial and unclear.");

        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Fact]
    public void Assess_PronounForStaffInThePreviousSentence_IsNotCriticism()
    {
        var result = StanceRules.Assess("Inspectors found our staff are stretched. They feel undervalued and unsupported.");

        Assert.DoesNotContain(result.Stance.Cues, c => c.StartsWith('-'));
    }

    [Theory]
    [InlineData("The report found that oversight was inconsistent.", "inconsistent", false)]
    [InlineData("Social workers feel undervalued.", "undervalued", false)]
    [InlineData("We saw inconsistent practice.", "inconsistent", false)]
    [InlineData("The judgement is inconsistent.", "inconsistent", true)]
    [InlineData("We saw inconsistent judgements.", "inconsistent", true)]
    [InlineData("Our progress was undervalued by inspectors.", "undervalued", true)]
    public void IsInspection_CueWord_IsSaidOfTheNearestThingJudged(string text, string cue, bool expected)
    {
        var start = text.IndexOf(cue, StringComparison.Ordinal);

        Assert.Equal(expected, CueTarget.IsInspection(text, 0, start, start + cue.Length));
    }

    [Theory]
    [InlineData("We will not accept anything less than good services for our children, and the inspectors were right to say we are not there yet.")]
    [InlineData("We did not recognise how far practice at the front door had slipped, and the report is right to say so.")]
    public void Assess_NegatedAcceptOrRecogniseAboutTheService_IsSupportive(string text)
    {
        var result = StanceRules.Assess(text);

        Assert.Equal(Stance.Supportive, result.Stance.Value);
        Assert.DoesNotContain(result.Stance.Cues, c => c.StartsWith("-negated", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("We do not accept the findings of this report.")]
    [InlineData("Families will not recognise the service portrayed by inspectors.")]
    [InlineData("Inspectors drew conclusions that our partners simply do not recognise.")]
    public void Assess_NegatedAcceptOrRecogniseAboutTheInspection_IsCritical(string text)
    {
        var result = StanceRules.Assess(text);

        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Fact]
    public void Assess_JudgementIsNotRight_IsCritical()
    {
        var result = StanceRules.Assess("The judgement is not right.");

        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Fact]
    public void Assess_ItIsNotRightThatChildrenWaited_DoesNotCountAsSupport()
    {
        var result = StanceRules.Assess("It is not right that children waited months for a plan, as the report makes clear.");

        Assert.DoesNotContain(result.Stance.Cues, c => c.Contains("not right", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("We do not think the judgement is fair.")]
    [InlineData("We don't believe the report gives an accurate account of our service.")]
    [InlineData("We do not feel the inspectors' conclusions are balanced.")]
    public void Assess_NegatedBeliefBeforePraise_IsCritical(string text)
    {
        var result = StanceRules.Assess(text);

        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Theory]
    [InlineData("we do not think the judgement is", true)]
    [InlineData("I don't feel that the report was", true)]
    [InlineData("we do not think so, and the report is", false)]
    [InlineData("we think the report is", false)]
    public void IsNegated_NegatedBeliefVerb_NegatesTheClauseAfterIt(string before, bool expected)
    {
        Assert.Equal(expected, StanceRules.IsNegated(before + " fair", before.Length + 1));
    }

    [Fact]
    public void Assess_ChallengingTheCouncilAsInspectorsRecommended_IsSupportive()
    {
        var result = StanceRules.Assess("We will keep challenging the council to recruit more permanent staff, as inspectors rightly said it must.");

        Assert.Equal(Stance.Supportive, result.Stance.Value);
    }

    [Theory]
    [InlineData("We will challenge the judgement.")]
    [InlineData("We intend to challenge Ofsted's findings.")]
    [InlineData("We are challenging the rating.")]
    public void Assess_ChallengingTheInspection_IsCritical(string text)
    {
        var result = StanceRules.Assess(text);

        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Theory]
    [InlineData("We want a framework that values relationships and is useful to families.")]
    [InlineData("A narrative judgement would be more useful to parents.")]
    [InlineData("We call on Ofsted to build an inspection system that is fair and helpful to councils.")]
    [InlineData("Inspection should be constructive and should value the work of social workers.")]
    public void Assess_PraiseInACallForADifferentInspection_DoesNotCountAsSupport(string text)
    {
        var result = StanceRules.Assess(text);

        Assert.DoesNotContain(result.Stance.Cues, c => c.StartsWith('+'));
    }

    [Fact]
    public void Assess_WelcomeAfterAWishForInspection_StillCounts()
    {
        var result = StanceRules.Assess("Inspection should be robust and we welcome it.");

        Assert.Equal(Stance.Supportive, result.Stance.Value);
    }

    [Fact]
    public void Assess_WeMustActOnTheFindings_StaysSupportive()
    {
        var result = StanceRules.Assess("We must act on these findings, and we welcome the report.");

        Assert.Equal(Stance.Supportive, result.Stance.Value);
    }

    [Theory]
    [InlineData("The report did not give sufficient weight to the progress made since the last inspection.")]
    [InlineData("The inspectors didn't give enough weight to our early help offer.")]
    [InlineData("A single-word rating masks the real strengths and weaknesses of a service.")]
    [InlineData("The overall grade hides the progress our teams have made.")]
    [InlineData("It is time to replace single-word judgements with a narrative report.")]
    [InlineData("We want Ofsted to end one-word grades for children's services.")]
    [InlineData("The report gives no recognition of the progress we have made since 2022.")]
    [InlineData("The judgement is not fair and we will say so.")]
    public void Assess_MissingCriticalCues_AreCritical(string text)
    {
        var result = StanceRules.Assess(text);

        Assert.Equal(Stance.Critical, result.Stance.Value);
    }

    [Theory]
    [InlineData("It is not fair that children waited months for a social worker. We accept the findings and are acting on them.")]
    [InlineData("Staff got little recognition for years of hard work, and the inspectors were right to say so.")]
    public void Assess_UnfairnessOrNoRecognitionSaidOfTheService_IsNotCriticismOfTheInspection(string text)
    {
        var result = StanceRules.Assess(text);

        Assert.Equal(Stance.Supportive, result.Stance.Value);
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
