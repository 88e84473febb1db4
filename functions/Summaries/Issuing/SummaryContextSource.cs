using Publishing.Hosting;
using Publishing.Reports;
using Publishing.Summaries.Composition;
using Publishing.Summaries.Context;

namespace Publishing.Summaries.Issuing;

/// <summary>
/// The context a summary is composed in: Ofsted's outcomes data (the newest of a configured folder or the shipped
/// release, loaded once, and a release imported into storage) and the
/// pipeline's own record of every report it has read, which takes precedence for trends and the national picture.
/// </summary>
public sealed class SummaryContextSource(PublishingHostOptions options, ReportRecordStore records, OutcomesData configured, StoredOutcomes stored)
{
    public async Task<SummaryContext> ForAsync(string excludingReportId, CancellationToken cancellationToken)
    {
        var history = (await records.ListLatestAsync(cancellationToken))
            .Where(r => r.ReportId != excludingReportId)
            .Select(r => r.Report);
        var outcomes = StoredOutcomes.Newest(configured, await stored.ReadAsync(cancellationToken));
        return new SummaryContext(outcomes, new ReportHistory(history), new SummaryLinks(options.PublicBaseUrl, null));
    }
}
