using Publishing.Hosting.Http;
using Publishing.Storage;

namespace Publishing.Hosting;

/// <summary>
/// How the handler runs. <see cref="RunsPipelineLocally"/> is true for <c>publishing serve</c> on one machine: the
/// reports container is watched and queue steps run in-process. Under the Functions host it is false: the host
/// delivers blob events and queue messages as invocations.
/// </summary>
public sealed record PublishingHostOptions
{
    public required StorageOptions Storage { get; init; }
    public IReadOnlyList<string> Urls { get; init; } = ["http://127.0.0.1:7071"];
    public bool RunsPipelineLocally { get; init; }
    /// <summary>A folder whose PDFs are uploaded to the reports container (local runs only).</summary>
    public string? DropFolder { get; init; }
    /// <summary>Ofsted's outcomes statistics and la_lookup.csv: national context and known councils. Optional.</summary>
    public string? OutcomesDirectory { get; init; }
    /// <summary>The public address of the API, for links in summaries, feeds and pushes.</summary>
    public Uri PublicBaseUrl { get; init; } = new("http://localhost:7071/");
    /// <summary>The feeds' tag URI authority (PUBLISHING_TAG_AUTHORITY); null: minted once from <see cref="PublicBaseUrl"/> and kept in storage.</summary>
    public Distribution.Feeds.FeedTag? FeedTag { get; init; }
    public RateLimitOptions RateLimit { get; init; } = new();
    /// <summary>Statements per body per report and revisions per statement (<c>PUBLISHING_MAX_STATEMENTS_PER_BODY</c>, <c>_REVISIONS</c>).</summary>
    public Statements.Intake.StatementCaps StatementCaps { get; init; } = Statements.Intake.StatementCaps.FromEnvironment();
    public TimeProvider Time { get; init; } = TimeProvider.System;
    /// <summary>Base64 of 32 bytes that seals webhook secrets at rest (a Key Vault reference in Azure). Never committed.</summary>
    public string? SecretProtectionKey { get; init; }
    /// <summary>Local runs and tests only: let subscriptions name http:// and loopback webhook receivers.</summary>
    public bool AllowLoopbackWebhooks { get; init; }
    public Distribution.Webhooks.WebhookSenderOptions Webhooks { get; init; } = new();
    /// <summary>Where traces and metrics are exported (Azure Monitor, OTLP); null exports nothing.</summary>
    public Telemetry.TelemetryExportSettings? Telemetry { get; init; } = Hosting.Telemetry.TelemetryExportSettings.FromEnvironment();
    /// <summary>SMTP for email subscriptions; null leaves email pushes unsent (and says so).</summary>
    public Distribution.Email.SmtpOptions? Smtp { get; init; }

    /// <summary>
    /// The largest invocation payload the handler buffers (a report PDF arrives base64 inside it). 100 MB, the Functions
    /// host's own request limit; larger payloads are refused 413 without being read to the end.
    /// </summary>
    public long MaxInvocationBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>The report reader's limits (bytes, pages, time, decoded streams, nesting) for every PDF the host reads.</summary>
    public Reading.ReportReaderOptions Reading { get; init; } = new();

    /// <summary>Which report sources are trusted to date a report by its file name (<see cref="Reports.Provenance.ProvenanceOptions"/>).</summary>
    public Reports.Provenance.ProvenanceOptions Provenance { get; init; } = new();

    /// <summary>Log as JSON lines (one object per event, scopes included) rather than plain text.</summary>
    public bool JsonLogs { get; init; }
}
