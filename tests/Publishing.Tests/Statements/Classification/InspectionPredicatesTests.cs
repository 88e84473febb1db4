using Publishing.Statements.Classification;

namespace Publishing.Tests.Statements.Classification;

public sealed class InspectionPredicatesTests
{
    [Theory]
    [InlineData("The inspection was meticulous and even-handed.", Stance.Supportive, "meticulous")]
    [InlineData("Frankly the verdict is lopsided.", Stance.Critical, "lopsided")]
    [InlineData("It was an unrepresentative inspection.", Stance.Critical, "unrepresentative")]
    [InlineData("The judgement is a caricature.", Stance.Critical, "caricature")]
    public void Assess_EvaluativeWordSaidOfTheInspection_DecidesTheStance(string text, Stance expected, string word)
    {
        var result = StanceRules.Assess(text);

        Assert.Equal(expected, result.Stance.Value);
        Assert.Contains(result.Stance.Cues, c => c.Contains($"predicate \"{word}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_NegatedPredicate_FlipsIt()
    {
        var result = StanceRules.Assess("The report is not meticulous at all.");

        Assert.Equal(Stance.Critical, result.Stance.Value);
        Assert.Contains("-negated predicate \"meticulous\"", result.Stance.Cues);
    }

    [Theory]
    [InlineData("The inadequate rating is unacceptable and it is on us to put it right.")]
    [InlineData("Inspectors found poor practice in the front door.")]
    [InlineData("The report is disappointing for everyone who works here.")]
    public void Find_GradeWordsFindingsAndFeelings_AreNotViewsOfTheInspection(string text)
    {
        Assert.Empty(InspectionPredicates.Find(text));
    }

    [Theory]
    [InlineData("The report is far from accurate.")]
    [InlineData("The findings are anything but balanced.")]
    [InlineData("This is a verdict that lacks credibility.")]
    [InlineData("The inspection showed no rigour whatsoever.")]
    public void Assess_TwoWordNegators_FlipPraiseIntoCriticism(string text)
    {
        Assert.Equal(Stance.Critical, StanceRules.Assess(text).Stance.Value);
    }
}
