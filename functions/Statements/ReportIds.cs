using Publishing.Reading.Model;

namespace Publishing.Statements;

/// <summary>A report's id: its council key and publication date, e.g. <c>northmoor-2025-11-14</c>, the name Ofsted's files use.</summary>
public static class ReportIds
{
    public static string For(string councilKey, DateOnly publicationDate) =>
        $"{councilKey}-{publicationDate:yyyy-MM-dd}";

    /// <summary>The publication date at the end of a report id, if it has one.</summary>
    public static DateOnly? PublicationDateOf(string reportId) =>
        reportId.Length > 11 && DateOnly.TryParseExact(reportId[^10..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : null;

    public static string? For(InspectionReport report) =>
        report.PublicationDate is { } published ? For(report.Council.Key, published.Date) : null;
}
