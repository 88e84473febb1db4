using Publishing.Hosting;
using Publishing.Reports;
using Publishing.Summaries.Composition;
using Publishing.Summaries.Context;

namespace Publishing.Summaries.Issuing;

/// <summary>
/// The context a summary is composed in: Ofsted's outcomes data (a configured or imported folder, loaded once, else the
/// release shipped in the assembly) and the
/// pipeline's own record of every report it has read, which takes precedence for trends and the national picture.
/// </summary>
public sealed class SummaryContextSource(PublishingHostOptions options, ReportRecordStore records)
{
    private readonly Lazy<OutcomesData> _outcomes = new(() => OutcomesSource.Load(options.OutcomesDirectory));

    public async Task<SummaryContext> ForAsync(string excludingReportId, CancellationToken cancellationToken)
    {
        var history = (await records.ListLatestAsync(cancellationToken))
            .Where(r => r.ReportId != excludingReportId)
            .Select(r => r.Report);
        return new SummaryContext(_outcomes.Value, new ReportHistory(history), new SummaryLinks(options.PublicBaseUrl, null));
    }
}
