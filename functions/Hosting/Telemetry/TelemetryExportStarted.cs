namespace Publishing.Hosting.Telemetry;

/// <summary>Completes once traces and metrics are being exported (never, when no exporter is configured).</summary>
public sealed class TelemetryExportStarted
{
    internal TaskCompletionSource Running { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Task => Running.Task;
}
