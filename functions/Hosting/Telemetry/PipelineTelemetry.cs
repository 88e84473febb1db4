using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Publishing.Hosting.Telemetry;

/// <summary>
/// The pipeline's own traces and metrics (OpenTelemetry through System.Diagnostics): one activity per pipeline step,
/// counters for what went in and out. Cheap when nothing listens; exported when <see cref="TelemetrySetup"/> finds an
/// exporter configured.
/// </summary>
public static class PipelineTelemetry
{
    public const string Name = "Publishing";

    public static readonly ActivitySource Source = new(Name);
    private static readonly Meter Meter = new(Name);

    public static readonly Counter<long> ReportsRecorded = Meter.CreateCounter<long>("publishing.reports.recorded", description: "Report PDFs read and recorded");
    public static readonly Counter<long> ReportReadFailures = Meter.CreateCounter<long>("publishing.reports.read_failures", description: "Report PDFs the reader could not read");
    public static readonly Histogram<double> ReportReadDuration = Meter.CreateHistogram<double>("publishing.reports.read_duration", unit: "ms");
    public static readonly Counter<long> StatementsAccepted = Meter.CreateCounter<long>("publishing.statements.accepted", description: "Statements, corrections and withdrawals stored");
    public static readonly Counter<long> StepFailures = Meter.CreateCounter<long>("publishing.steps.failures", description: "Queue step attempts that failed");
    public static readonly Counter<long> StepsPoisoned = Meter.CreateCounter<long>("publishing.steps.poisoned", description: "Queue messages moved to a poison queue");
    public static readonly Counter<long> SummariesIssued = Meter.CreateCounter<long>("publishing.summaries.issued", description: "Summary versions issued");
}
