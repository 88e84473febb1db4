namespace Publishing.Hosting.Telemetry;

/// <summary>
/// Where traces and metrics go: Azure Monitor with <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (as the Functions app
/// settings provide it), OTLP with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>. With neither, nothing is exported and the
/// instrumentation costs nothing.
/// </summary>
public sealed record TelemetryExportSettings(string? AzureMonitorConnectionString, Uri? OtlpEndpoint)
{
    public static TelemetryExportSettings? From(Func<string, string?> read)
    {
        var appInsights = read("APPLICATIONINSIGHTS_CONNECTION_STRING");
        var otlp = read("OTEL_EXPORTER_OTLP_ENDPOINT");
        var otlpEndpoint = Uri.TryCreate(otlp, UriKind.Absolute, out var parsed) ? parsed : null;
        if (string.IsNullOrWhiteSpace(appInsights) && otlpEndpoint is null) return null;
        return new(string.IsNullOrWhiteSpace(appInsights) ? null : appInsights, otlpEndpoint);
    }

    public static TelemetryExportSettings? FromEnvironment() => From(Environment.GetEnvironmentVariable);
}
