namespace Publishing.Hosting.Telemetry;

/// <summary>
/// Where traces and metrics go: Azure Monitor with <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (as the Functions app
/// settings provide it), OTLP with <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>. With neither, nothing is exported and the
/// instrumentation costs nothing. <c>APPLICATIONINSIGHTS_AUTHENTICATION_STRING=Authorization=AAD[;ClientId=...]</c> (as
/// the Functions app settings give it, for an Application Insights resource with local auth disabled) sends with the
/// app's managed identity: the system-assigned one, or the user-assigned one with that client id.
/// </summary>
public sealed record TelemetryExportSettings(string? AzureMonitorConnectionString, Uri? OtlpEndpoint)
{
    public bool AzureMonitorWithManagedIdentity { get; init; }
    public string? ManagedIdentityClientId { get; init; }

    public static TelemetryExportSettings? From(Func<string, string?> read)
    {
        var appInsights = read("APPLICATIONINSIGHTS_CONNECTION_STRING");
        var otlp = read("OTEL_EXPORTER_OTLP_ENDPOINT");
        var otlpEndpoint = Uri.TryCreate(otlp, UriKind.Absolute, out var parsed) ? parsed : null;
        if (string.IsNullOrWhiteSpace(appInsights) && otlpEndpoint is null) return null;
        var authentication = Parts(read("APPLICATIONINSIGHTS_AUTHENTICATION_STRING"));
        return new(string.IsNullOrWhiteSpace(appInsights) ? null : appInsights, otlpEndpoint)
        {
            AzureMonitorWithManagedIdentity = string.Equals(authentication.GetValueOrDefault("Authorization"), "AAD", StringComparison.OrdinalIgnoreCase),
            ManagedIdentityClientId = authentication.GetValueOrDefault("ClientId"),
        };
    }

    private static Dictionary<string, string> Parts(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => part.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2 && pair[0].Length > 0)
            .GroupBy(pair => pair[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last()[1], StringComparer.OrdinalIgnoreCase);

    public static TelemetryExportSettings? FromEnvironment() => From(Environment.GetEnvironmentVariable);
}
