namespace Publishing.Reading.Model;

/// <summary>The inspection framework (and era) a report was written under.</summary>
public enum Framework
{
    /// <summary>The 2013 inspection of looked-after children services, on the pre-SIF four-point scale with "adequate".</summary>
    LookedAfterChildren2013,
    /// <summary>The single inspection framework, 2013-2018, often combined with the LSCB review.</summary>
    Sif,
    /// <summary>A SIF re-inspection of a council previously judged inadequate.</summary>
    SifReinspection,
    /// <summary>ILACS 2018-2022: four judgements including overall effectiveness.</summary>
    Ilacs2018,
    /// <summary>ILACS 2023 onwards: five judgements, care leavers judged separately.</summary>
    Ilacs2023,
    /// <summary>ILACS 2026 format: sub-judgements only, no overall effectiveness.</summary>
    Ilacs2026,
    /// <summary>A stand-alone review of a Local Safeguarding Children Board: one judgement, the board's effectiveness.</summary>
    LscbReview,
    /// <summary>An ILACS focused visit: a letter on one area of practice, never graded.</summary>
    FocusedVisit,
    /// <summary>An area SEND inspection of a local area partnership by Ofsted and CQC: an outcome statement, not a grade.</summary>
    AreaSend,
}
