namespace Publishing.Reading.Model;

/// <summary>Framework and era names as used by the corpus and by Ofsted's statistics.</summary>
public static class FrameworkNames
{
    public static string FrameworkName(this Framework framework) => framework switch
    {
        Framework.LookedAfterChildren2013 => "pre-SIF looked after children inspection (2013)",
        Framework.Sif => "SIF",
        Framework.SifReinspection => "SIF re-inspection",
        Framework.LscbReview => "LSCB review",
        Framework.FocusedVisit => "ILACS focused visit",
        Framework.AreaSend => "Area SEND",
        _ => "ILACS",
    };

    public static string EraName(this Framework framework) => framework switch
    {
        Framework.Ilacs2018 => "ILACS-2018-22",
        Framework.Ilacs2023 => "ILACS-2023-26",
        Framework.Ilacs2026 => "ILACS-2026",
        _ => framework.FrameworkName(),
    };

    public static string Describe(this Framework framework) => framework switch
    {
        Framework.LookedAfterChildren2013 => "Inspection of looked after children services (2013 framework)",
        Framework.Sif => "Single inspection framework (SIF)",
        Framework.SifReinspection => "Single inspection framework re-inspection",
        Framework.Ilacs2018 => "Inspection of local authority children's services (ILACS), 2018-2022 format",
        Framework.Ilacs2023 => "Inspection of local authority children's services (ILACS), 2023 format",
        Framework.Ilacs2026 => "Inspection of local authority children's services (ILACS), 2026 format without an overall effectiveness grade",
        Framework.LscbReview => "Review of the effectiveness of the Local Safeguarding Children Board (stand-alone)",
        Framework.FocusedVisit => "Focused visit under the inspection of local authority children's services (ILACS) framework: one area of practice, no grade",
        Framework.AreaSend => "Area SEND inspection of a local area partnership by Ofsted and the Care Quality Commission: an outcome statement, no grade",
        _ => framework.ToString(),
    };
}
