using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;

namespace Publishing.Reading.Documents;

/// <summary>
/// Tells which kind of document a PDF is from its title block alone (the first page's title lines), before any
/// type's parser runs. A letter (focused visit, monitoring visit, JTAI) is known by the line that names it; an area
/// SEND report by its title; a graded inspection report by the framework's title. Null: not an Ofsted document
/// type the reader knows.
/// </summary>
internal static partial class DocumentTypeDetector
{
    private const int TitleLines = 40;

    public static DocumentType? Detect(LayoutDocument document)
    {
        var first = document.Pages[0];
        var lines = first.Lines.Take(TitleLines).Select(l => TextNormalizer.ForMatching(l.Text)).ToList();
        if (lines.Any(l => AreaSendTitle().IsMatch(l))) return DocumentType.AreaSend;
        if (lines.Any(l => FocusedVisitTitle().IsMatch(l))) return DocumentType.FocusedVisit;
        if (lines.Any(l => MonitoringVisitTitle().IsMatch(l))) return DocumentType.MonitoringVisit;
        if (lines.Any(l => JtaiTitle().IsMatch(l))) return DocumentType.Jtai;
        return FrameworkDetector.Detect(first) switch
        {
            FrameworkDetector.Family.Sif => DocumentType.Sif,
            FrameworkDetector.Family.SifReinspection => DocumentType.SifReinspection,
            FrameworkDetector.Family.LookedAfterChildren2013 => DocumentType.LookedAfterChildren2013,
            // The era is settled by the judgement table, which the graded reader reads.
            FrameworkDetector.Family.Ilacs => DocumentType.Ilacs2023,
            _ => lines.Any(l => LscbReviewTitle().IsMatch(l)) ? DocumentType.LscbReview : null,
        };
    }

    // "Area SEND inspection of Bury Local Area Partnership"; the cover line "Local area partnership report".
    [GeneratedRegex(@"^(?:area send inspection of\b|local area partnership report$)")]
    private static partial Regex AreaSendTitle();

    [GeneratedRegex(@"^focused visit to\b")]
    private static partial Regex FocusedVisitTitle();

    // "Monitoring visit to Birmingham children's services" (ILACS), "Monitoring visit of ..." in some letters.
    [GeneratedRegex(@"^monitoring visit (?:to|of)\b")]
    private static partial Regex MonitoringVisitTitle();

    [GeneratedRegex(@"^joint targeted area inspection\b")]
    private static partial Regex JtaiTitle();

    [GeneratedRegex(@"^review of the effectiveness of the local safeguarding children board\b")]
    private static partial Regex LscbReviewTitle();
}
