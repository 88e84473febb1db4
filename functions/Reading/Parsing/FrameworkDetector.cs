using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>Tells the framework family from the report's title block. The ILACS era is settled by its judgement table.</summary>
internal static partial class FrameworkDetector
{
    public enum Family { None, LookedAfterChildren2013, Sif, SifReinspection, Ilacs, LscbReview }

    public static Family Detect(LayoutPage firstPage)
    {
        var title = TextNormalizer.ForMatching(string.Join(" ", firstPage.Lines.Take(20).Select(l => l.Text)));
        if (title.Contains("inspection of looked after children services")) return Family.LookedAfterChildren2013;
        if (Reinspection().IsMatch(title)) return Family.SifReinspection;
        if (title.Contains("inspection of services for children in need of help")) return Family.Sif;
        if (title.Contains("review of the effectiveness of the local safeguarding children board")) return Family.LscbReview;
        if (title.Contains("children's social care services") || title.Contains("local authority children's services")
            || title.Contains("local authority children's social care") || (title.Contains("local authority") && title.Contains("children's services"))
            || TrustTitle().IsMatch(title) || IlacsTitleWithoutLocalAuthority().IsMatch(title))
            return Family.Ilacs;
        return Family.None;
    }

    /// <summary>
    /// The ILACS era: 2026 when the table has no overall effectiveness; otherwise by publication year, as Ofsted's
    /// statistics group them (a report inspected late in 2022 and published in 2023 counts as 2023-26).
    /// </summary>
    public static Framework IlacsEra(IReadOnlyCollection<string> keys, int publicationYear)
    {
        if (!keys.Contains(JudgementKeys.OverallEffectiveness)) return Framework.Ilacs2026;
        if (keys.Contains(JudgementKeys.InCareAndCareLeavers) && publicationYear <= 2022) return Framework.Ilacs2018;
        return Framework.Ilacs2023;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^inspection of .{2,60}? (?:children and families trust|children's services trust|children's trust)")]
    private static partial System.Text.RegularExpressions.Regex TrustTitle();

    // "Re-inspection", "Reinspection" or "Re inspection" of the SIF's services.
    [System.Text.RegularExpressions.GeneratedRegex(@"\bre-? ?inspection of services for children in need")]
    private static partial System.Text.RegularExpressions.Regex Reinspection();

    // "Inspection of Northmoor children's services" (its title line alone, without "local authority"), with the
    // title block's dates line after it.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:ofsted )?inspection of .{2,60}? children's services (?:inspection dates?|dates? of (?:the )?inspection)\b")]
    private static partial System.Text.RegularExpressions.Regex IlacsTitleWithoutLocalAuthority();
}
