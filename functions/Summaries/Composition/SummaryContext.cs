using Publishing.Summaries.Context;

namespace Publishing.Summaries.Composition;

/// <summary>What a summary is composed against besides the report: Ofsted's outcomes data, earlier reports, and links.</summary>
public sealed record SummaryContext(OutcomesData Outcomes, IReportHistory History, SummaryLinks Links)
{
    /// <summary>The shipped outcomes release, no earlier reports, no links.</summary>
    public static SummaryContext None => new(EmbeddedOutcomes.Data, ReportHistory.Empty, new SummaryLinks());
}
