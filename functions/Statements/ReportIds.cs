using Publishing.Reading.Model;

namespace Publishing.Statements;

/// <summary>A report's id: its council key and publication date, e.g. <c>northmoor-2025-11-14</c>, the name Ofsted's files use.</summary>
public static class ReportIds
{
    public static string For(string councilKey, DateOnly publicationDate) =>
        $"{councilKey}-{publicationDate:yyyy-MM-dd}";

    public static string? For(InspectionReport report) =>
        report.PublicationDate is { } published ? For(report.Council.Key, published.Date) : null;
}
