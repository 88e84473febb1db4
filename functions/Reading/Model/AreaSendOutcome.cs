namespace Publishing.Reading.Model;

/// <summary>The three outcomes of an area SEND inspection (2023 framework), named as Ofsted and CQC word them.</summary>
public enum AreaSendOutcome
{
    PositiveExperiencesAndOutcomes,
    InconsistentExperiencesAndOutcomes,
    SignificantConcerns,
}
