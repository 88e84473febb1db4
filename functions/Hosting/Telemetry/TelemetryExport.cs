using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Publishing.Hosting.Telemetry;

/// <summary>
/// Exports the pipeline's traces and metrics (ours, ASP.NET Core's and HttpClient's) while it lives; disposing it
/// flushes what is buffered.
/// </summary>
public sealed class TelemetryExport : IDisposable
{
    private readonly TracerProvider _traces;
    private readonly MeterProvider _metrics;

    private TelemetryExport(TracerProvider traces, MeterProvider metrics) => (_traces, _metrics) = (traces, metrics);

    public static TelemetryExport Start(TelemetryExportSettings settings)
    {
        var resource = ResourceBuilder.CreateDefault().AddService("publishing");
        var tracing = Sdk.CreateTracerProviderBuilder().SetResourceBuilder(resource)
            .AddSource(PipelineTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation();
        var metering = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource)
            .AddMeter(PipelineTelemetry.Name).AddAspNetCoreInstrumentation();
        if (settings.AzureMonitorConnectionString is { } connection)
        {
            var credential = ManagedIdentity(settings);
            // Every trace, not the exporter's default of a few a second: the pipeline's volume is small and a missing
            // trace of a report's publication is the one someone will look for.
            tracing.AddAzureMonitorTraceExporter(o =>
            {
                o.ConnectionString = connection;
                o.TracesPerSecond = null;
                o.SamplingRatio = 1.0F;
                o.Credential = credential;
            });
            metering.AddAzureMonitorMetricExporter(o =>
            {
                o.ConnectionString = connection;
                o.Credential = credential;
            });
        }
        if (settings.OtlpEndpoint is { } endpoint)
        {
            tracing.AddOtlpExporter(o => o.Endpoint = endpoint);
            metering.AddOtlpExporter(o => o.Endpoint = endpoint);
        }
        return new TelemetryExport(tracing.Build(), metering.Build());
    }

    /// <summary>
    /// Starts exporting once the app is answering, not before: building the exporters takes about 30 ms, which the
    /// Functions host would otherwise wait for on every cold start. What happens in those first milliseconds (the
    /// host's readiness probe) is not traced. <paramref name="started"/> completes when export is running.
    /// </summary>
    public static void StartAfterReady(WebApplication app, TelemetryExportSettings? settings, TelemetryExportStarted started)
    {
        if (settings is null) return;
        Task<TelemetryExport>? export = null;
        app.Lifetime.ApplicationStarted.Register(() => export = Task.Run(() =>
        {
            try
            {
                var running = Start(settings);
                started.Running.TrySetResult();
                return running;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException)
            {
                // A malformed connection string must not take the handler down; it must not go unnoticed either.
                app.Logger.LogError(e, "Telemetry export could not start; traces and metrics are not being exported");
                started.Running.TrySetException(e);
                throw;
            }
        }));
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            if (export is { IsCompletedSuccessfully: true }) export.Result.Dispose();
        });
    }

    private static Azure.Core.TokenCredential? ManagedIdentity(TelemetryExportSettings settings) =>
        !settings.AzureMonitorWithManagedIdentity ? null
        : settings.ManagedIdentityClientId is { Length: > 0 } clientId
            ? new Azure.Identity.ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.FromUserAssignedClientId(clientId))
            : new Azure.Identity.ManagedIdentityCredential(Azure.Identity.ManagedIdentityId.SystemAssigned);

    public void Dispose()
    {
        _traces.ForceFlush(5000);
        _metrics.ForceFlush(5000);
        _traces.Dispose();
        _metrics.Dispose();
    }
}
