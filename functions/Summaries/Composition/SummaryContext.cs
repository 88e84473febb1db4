using Publishing.Summaries.Context;

namespace Publishing.Summaries.Composition;

/// <summary>What a summary is composed against besides the report: outcomes data (optional), earlier reports, and links.</summary>
public sealed record SummaryContext(OutcomesData? Outcomes, IReportHistory History, SummaryLinks Links)
{
    public static SummaryContext None { get; } = new(null, ReportHistory.Empty, new SummaryLinks());
}
