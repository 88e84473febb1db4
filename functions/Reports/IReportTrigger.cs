namespace Publishing.Reports;

/// <summary>Asks the summary stage to compose (or re-issue) a report's summary.</summary>
public interface IReportTrigger
{
    Task ReportRecordedAsync(string reportId, string reason, CancellationToken cancellationToken);
}
