using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Publishing.Hosting.Telemetry;

/// <summary>
/// Exports traces and metrics when an exporter is configured: Azure Monitor with
/// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (as the Functions app settings provide it), OTLP with
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>. With neither, nothing is registered and the instrumentation costs nothing.
/// </summary>
public static class TelemetrySetup
{
    public static bool AddPublishingTelemetry(this IServiceCollection services, Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var appInsights = read("APPLICATIONINSIGHTS_CONNECTION_STRING");
        var otlp = read("OTEL_EXPORTER_OTLP_ENDPOINT");
        if (string.IsNullOrWhiteSpace(appInsights) && string.IsNullOrWhiteSpace(otlp)) return false;

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("publishing"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(PipelineTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
                if (!string.IsNullOrWhiteSpace(appInsights)) tracing.AddAzureMonitorTraceExporter(o => o.ConnectionString = appInsights);
                if (!string.IsNullOrWhiteSpace(otlp)) tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(PipelineTelemetry.Name).AddAspNetCoreInstrumentation();
                if (!string.IsNullOrWhiteSpace(appInsights)) metrics.AddAzureMonitorMetricExporter(o => o.ConnectionString = appInsights);
                if (!string.IsNullOrWhiteSpace(otlp)) metrics.AddOtlpExporter();
            });
        return true;
    }
}
