using Publishing.Reading.AreaSend;
using Publishing.Reading.FocusedVisits;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;

namespace Publishing.Reading.Documents;

/// <summary>Tells the document's type first, then hands it to that type's reader (the graded reports' reader as it is).</summary>
internal static class DocumentReader
{
    public static ReadResult Parse(LayoutDocument document, string? sourceName)
    {
        if (document.Pages.Count == 0 || document.Pages.All(p => p.Lines.Count == 0))
            return ReadResult.Fail(ReadFailureKind.NoText, "pages with text", document.Pages.Count == 0 ? "no pages" : $"{document.Pages.Count} page(s) without extractable text (scanned images?)");
        var type = DocumentTypeDetector.Detect(document);
        var result = type switch
        {
            DocumentType.FocusedVisit => FocusedVisitParser.Parse(document, sourceName),
            DocumentType.AreaSend => AreaSendParser.Parse(document, sourceName),
            DocumentType.MonitoringVisit or DocumentType.Jtai => ReviewLetterReader.Route(document, type.Value),
            _ => ReportParser.Parse(document, sourceName),
        };
        // A refusal still says what kind of document it refused, where that was told (an ILACS report's era is told
        // only by its table, so an unread ILACS report has none).
        if (!result.Succeeded && result.Failure.DocumentType is null && type is { } told && told != DocumentType.Ilacs2023)
            return ReadResult.Fail(result.Failure with { DocumentType = told });
        return result;
    }
}
