namespace Publishing.Reading.Model;

/// <summary>Judgement keys, as used by the corpus README and Ofsted's outcomes data.</summary>
public static class JudgementKeys
{
    public const string OverallEffectiveness = "overall_effectiveness";
    public const string ImpactOfLeaders = "impact_of_leaders";
    public const string HelpAndProtection = "help_and_protection";
    public const string InCareAndCareLeavers = "in_care_and_care_leavers";
    public const string InCare = "in_care";
    public const string CareLeavers = "care_leavers";
    public const string LookedAfterPermanence = "looked_after_permanence";
    public const string Adoption = "adoption";
    public const string Leadership = "leadership";
    public const string Lscb = "lscb";

    // The 2013 looked-after children framework judged different things on a different scale.
    public const string CapacityToImprove = "capacity_to_improve";
    public const string LookedAfterOutcomes = "looked_after_outcomes";
    public const string QualityOfProvision = "quality_of_provision";
}
