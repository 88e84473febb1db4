using Publishing.Reading.Model;
using Publishing.Reading.Parsing;

namespace Publishing.Tests.Reading.Parsing;

public class JudgementLabelsTests
{
    [Theory]
    [InlineData("Outcomes for looked after children and young people")]
    [InlineData("Outcomes for looked after children and care leavers")]
    [InlineData("Outcomes for looked-after children and care leavers")]
    [InlineData("Outcomes for children looked after and care leavers")]
    public void KeyFor_OutcomesRow_IsLookedAfterOutcomesEvenWhenItNamesCareLeavers(string label) =>
        Assert.Equal(JudgementKeys.LookedAfterOutcomes, JudgementLabels.KeyFor(label));

    [Theory]
    [InlineData("Capacity to improve")]
    [InlineData("Capacity for improvement")]
    [InlineData("Capacity for further improvement")]
    public void KeyFor_CapacityRow_InEitherWording_IsCapacityToImprove(string label) =>
        Assert.Equal(JudgementKeys.CapacityToImprove, JudgementLabels.KeyFor(label));

    [Theory]
    [InlineData("Experiences and progress of care leavers", JudgementKeys.CareLeavers)]
    [InlineData("The experiences and progress of children in care and care leavers", JudgementKeys.InCareAndCareLeavers)]
    [InlineData("The experiences and progress of children in care", JudgementKeys.InCare)]
    [InlineData("Children looked after and achieving permanence", JudgementKeys.LookedAfterPermanence)]
    [InlineData("Overall effectiveness", JudgementKeys.OverallEffectiveness)]
    public void KeyFor_OtherRowsNamingCareLeaversOrChildrenInCare_KeepTheirKeys(string label, string key) =>
        Assert.Equal(key, JudgementLabels.KeyFor(label));
}
