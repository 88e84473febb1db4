using System.Net;
using Microsoft.AspNetCore.Builder;
using Publishing.Hosting;
using Publishing.Hosting.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Storage;

namespace Publishing.Tests.Hosting.Telemetry;

/// <summary>Traces and metrics reach Azure Monitor (its real exporter, a loopback ingestion endpoint) when configured.</summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public void Settings_FromEnvironment_NeedAConnectionStringOrAnOtlpEndpoint()
    {
        Assert.Null(TelemetryExportSettings.From(_ => null));
        Assert.Null(TelemetryExportSettings.From(name => name == "OTEL_EXPORTER_OTLP_ENDPOINT" ? "not a url" : " "));
        var both = TelemetryExportSettings.From(name => name == "APPLICATIONINSIGHTS_CONNECTION_STRING" ? "InstrumentationKey=x" : "http://127.0.0.1:4317");
        Assert.Equal("InstrumentationKey=x", both!.AzureMonitorConnectionString);
        Assert.Equal(new Uri("http://127.0.0.1:4317"), both.OtlpEndpoint);
    }

    [Theory]
    [InlineData(null, false, null)]
    [InlineData("Authorization=AAD", true, null)]
    [InlineData("authorization=aad; ClientId=1b2c3d4e-0000-0000-0000-000000000000", true, "1b2c3d4e-0000-0000-0000-000000000000")]
    [InlineData("Authorization=Key", false, null)]
    [InlineData("garbage;;=", false, null)]
    public void Settings_AuthenticationString_ChoosesTheManagedIdentity(string? authentication, bool managedIdentity, string? clientId)
    {
        var settings = TelemetryExportSettings.From(name => name switch
        {
            "APPLICATIONINSIGHTS_CONNECTION_STRING" => "InstrumentationKey=x",
            "APPLICATIONINSIGHTS_AUTHENTICATION_STRING" => authentication,
            _ => null,
        })!;
        Assert.Equal(managedIdentity, settings.AzureMonitorWithManagedIdentity);
        Assert.Equal(clientId, settings.ManagedIdentityClientId);
    }

    [Fact]
    public async Task Handler_WithAzureMonitorConfigured_ExportsRequestTracesAndMetricsOnceAnswering()
    {
        await using var ingestion = await FakeAzureMonitorIngestion.StartAsync();
        var port = LoopbackApps.FreePort();
        var app = PublishingApp.Build(new PublishingHostOptions
        {
            Storage = new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" },
            Urls = [$"http://127.0.0.1:{port}"],
            Telemetry = new TelemetryExportSettings(ingestion.ConnectionString, null),
        });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        // Export starts just after the app answers; requests from then on are traced.
        await app.Services.GetRequiredService<TelemetryExportStarted>().Task.WaitAsync(TimeSpan.FromSeconds(30));
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        await app.StopAsync(); // flushes
        await app.DisposeAsync();

        var items = ingestion.Items.ToList();
        // Listeners are process-wide: other apps running in this test process are traced too, so look for ours.
        var requests = items.Where(i => i.Contains("\"RequestData\"", StringComparison.Ordinal) && i.Contains($"127.0.0.1:{port}/", StringComparison.Ordinal)).ToList();
        Assert.True(requests.Count == 5, $"expected all 5 request traces (no sampling), got {requests.Count} of {items.Count} items: {string.Join("\n", items.Where(i => !i.Contains("\"Metric\"")).Take(8))}");
        Assert.All(requests, r => Assert.Contains("00000000-0000-0000-0000-000000000001", r));
        Assert.Contains(requests, r => r.Contains("\"responseCode\":\"200\"", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("\"MetricData\"", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Contains("publishing", StringComparison.Ordinal)); // the service name, as the cloud role
    }

    [Fact]
    public async Task Handler_WithAMalformedConnectionString_KeepsAnsweringAndSaysExportDidNotStart()
    {
        var port = LoopbackApps.FreePort();
        var app = PublishingApp.Build(new PublishingHostOptions
        {
            Storage = new StorageOptions { ConnectionString = "UseDevelopmentStorage=true" },
            Urls = [$"http://127.0.0.1:{port}"],
            Telemetry = new TelemetryExportSettings("this is not a connection string", null),
        });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        var started = app.Services.GetRequiredService<TelemetryExportStarted>().Task;
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => started.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.IsNotType<TimeoutException>(failure); // it failed, and said so; it did not just never start
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/")).StatusCode);
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
