using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Publishing.Approval;
using Publishing.Distribution.Feeds;
using Publishing.Distribution.Stored;
using Publishing.Distribution.Subscriptions;
using Publishing.Hosting.Health;
using Publishing.Hosting.Http;
using Publishing.Hosting.Invocations;
using Publishing.Hosting.Logging;
using Publishing.Hosting.Local;
using Publishing.Hosting.Queues;
using Publishing.Hosting.Telemetry;
using Publishing.Reading;
using Publishing.Reports;
using Publishing.Statements.Classification;
using Publishing.Statements.Language;
using Publishing.Statements.Intake;
using Publishing.Statements.Keys;
using Publishing.Statements.Storage;
using Publishing.Storage;
using Publishing.Summaries.Issuing;

namespace Publishing.Hosting;

/// <summary>Builds the one ASP.NET Core app that is both the Functions custom handler and the local server.</summary>
public static class PublishingApp
{
    public static WebApplication Build(PublishingHostOptions options, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls([.. options.Urls]);
        builder.Logging.ClearProviders();
        if (options.JsonLogs) builder.Logging.AddProvider(new JsonLinesLoggerProvider(Console.OpenStandardOutput(), options.Time));
        else builder.Logging.AddSimpleConsole(o => { o.IncludeScopes = true; o.SingleLine = true; o.UseUtcTimestamp = true; o.TimestampFormat = "HH:mm:ss.fff "; });
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning).AddFilter("Azure", LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(options.Time);
        services.AddSingleton(_ => new PublishingStorage(options.Storage));
        services.AddSingleton(options.RateLimit);
        services.AddSingleton<KeyRateLimiter>();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<StatementStore>();
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton(options.StatementCaps);
        services.AddSingleton<StatementIntake>();
        services.AddSingleton(_ => Summaries.Context.OutcomesSource.Load(options.OutcomesDirectory));
        services.AddSingleton(s => s.GetRequiredService<Summaries.Context.OutcomesData>().Regions);
        services.AddSingleton(s => s.GetRequiredService<Summaries.Context.OutcomesData>().Councils);
        services.AddSingleton<Summaries.Context.StoredOutcomes>();
        services.AddSingleton<UnpublishedReports>();
        services.AddSingleton(s => StatementClassifierFactory.Create(
            LanguageSettings.From(Environment.GetEnvironmentVariable), s.GetRequiredService<KnownCouncils>(), s.GetRequiredService<TimeProvider>()).Classifier);
        services.AddSingleton<StatementLabeller>();
        services.AddSingleton<ComposeQueue>();
        services.AddSingleton<ISummaryTrigger>(s => s.GetRequiredService<ComposeQueue>());
        services.AddSingleton<IReportTrigger>(s => s.GetRequiredService<ComposeQueue>());
        services.AddSingleton(options.Reading);
        services.AddSingleton(new ReportReader(options.Reading));
        services.AddSingleton<ReportRecordStore>();
        services.AddSingleton<ReportBlobSource>();
        services.AddSingleton<ReadAttempts>();
        services.AddSingleton<ReportArrival>();
        services.AddSingleton(options.Provenance);
        services.AddSingleton<Approval.HeldDocumentStore>();
        services.AddSingleton<Approval.ApprovalDecisions>();
        services.AddSingleton<QueueStepRunner>();
        services.AddSingleton<Summaries.Versioning.StatementReferences>();
        services.AddSingleton<SummaryVersionStore>();
        services.AddSingleton<SummaryContextSource>();
        services.AddSingleton<IQueueStep, ComposeSummaryStep>();
        DistributionServices.Add(services, options);
        services.AddSingleton<IKnownPlaces>(s => new OutcomesPlaces(s.GetRequiredService<Summaries.Context.CouncilRegions>()));
        services.AddSingleton<RenderedFeedCache>();
        services.AddSingleton<StorageOutageFilter>();
        services.AddSingleton<RequireApiKeyFilter>();
        services.AddSingleton<RequireApproverFilter>();
        configure?.Invoke(services);

        if (options.RunsPipelineLocally)
        {
            services.AddHostedService<LocalQueueProcessor>();
            services.AddHostedService<ReportsContainerWatcher>();
            if (options.DropFolder is { } drop)
                services.AddHostedService(s => new DropFolderWatcher(s.GetRequiredService<PublishingStorage>(), drop, s.GetRequiredService<ILogger<DropFolderWatcher>>()));
        }

        var telemetryStarted = new TelemetryExportStarted();
        services.AddSingleton(telemetryStarted);
        var app = builder.Build();
        app.UseConciseFailureLogging();
        TelemetryExport.StartAfterReady(app, options.Telemetry, telemetryStarted);
        if (options.SecretProtectionKey is null)
            app.Logger.LogWarning("PUBLISHING_SECRET_PROTECTION_KEY is not set: webhook secrets are sealed with a key that ends with this process, so subscriptions made now cannot be delivered after a restart");
        app.RefuseAmbiguousFraming();
        app.UseSecurityHeaders();
        app.MapGet("/", () => Results.Text("publishing handler ready"));
        app.MapStatements();
        app.MapSummaries();
        app.MapReports();
        app.MapApprovals();
        app.MapSubscriptions();
        app.MapEmailConfirmation();
        app.MapFeeds(new LazyFeedEntries(app.Services), app.Services.GetRequiredService<FeedOptions>(), options.Time, "/api/feeds",
            app.Services.GetRequiredService<IKnownPlaces>(), app.Services.GetRequiredService<RenderedFeedCache>());
        app.MapHealth();
        // Invocations are the Functions host's door; a local run has no host, so it does not open that door at all.
        if (!options.RunsPipelineLocally) app.MapInvocations();
        return app;
    }
}
