namespace Publishing.Summaries.Model;

/// <summary>Where a fact came from: a report page, a statement, or a row of a data set file.</summary>
/// <param name="Kind">"report", "statement", "dataset" or "pipeline-report" (an earlier report the pipeline has read).</param>
public sealed record FactSource(string Kind, int? Page = null, string? StatementId = null, string? File = null, int? Row = null, string? ReportId = null)
{
    public static FactSource ReportPage(int page) => new("report", Page: page);

    public static FactSource Statement(string id) => new("statement", StatementId: id);

    public static FactSource DataRow(string file, int row) => new("dataset", File: file, Row: row);

    public static FactSource EarlierReport(string reportId, int page) => new("pipeline-report", Page: page, ReportId: reportId);
}
