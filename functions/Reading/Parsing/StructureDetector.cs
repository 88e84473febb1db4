using System.Text.RegularExpressions;
using Publishing.Reading.Layout;

namespace Publishing.Reading.Parsing;

/// <summary>
/// Recognises a graded report whose title is worded in a way <see cref="FrameworkDetector"/> does not know, by its
/// structure: an inspection title line, a dates line and a judgement table that is one framework's whole table.
/// </summary>
internal static partial class StructureDetector
{
    public static FrameworkDetector.Family Detect(LayoutDocument document)
    {
        var title = document.Pages[0].Lines.Take(12).Select(l => TextNormalizer.ForMatching(l.Text)).FirstOrDefault(t => InspectionTitle().IsMatch(t));
        if (title is null || TitleBlockReader.ReadInspectionDates(document) is null) return FrameworkDetector.Family.None;
        var table = JudgementTableReader.Read(document, 1, Math.Min(4, document.Pages.Count));
        if (table.Problem is not null) return FrameworkDetector.Family.None;
        var keys = table.Rows.Select(r => r.Key).ToList();
        if (FrameworkProfiles.MatchesTable(FrameworkDetector.Family.Ilacs, keys)) return FrameworkDetector.Family.Ilacs;
        if (FrameworkProfiles.MatchesTable(FrameworkDetector.Family.Sif, keys))
            return title.StartsWith("re", StringComparison.Ordinal) ? FrameworkDetector.Family.SifReinspection : FrameworkDetector.Family.Sif;
        return FrameworkDetector.Family.None;
    }

    [GeneratedRegex(@"^(?:re-? ?inspection|inspection) of\b")]
    private static partial Regex InspectionTitle();
}
