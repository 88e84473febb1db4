using Microsoft.Extensions.Logging;
using Publishing.Distribution.Feeds;
using Publishing.Distribution.Stored;
using Publishing.Distribution.Webhooks;
using Publishing.Hosting.Queues;
using Publishing.Storage;
using Publishing.Summaries.Issuing;

namespace Publishing.Distribution.Steps;

/// <summary>
/// Publishes a summary version: rewrites the static feed blobs of every slice it appears in (so a CDN can serve
/// them), then queues one webhook delivery per matching subscription. Deliveries are keyed on (subscription,
/// entry, version), so running this twice sends nothing twice.
/// </summary>
public sealed class PublishSummaryStep(
    StoredFeedEntries entries, FeedOptions feedOptions, BlobSubscriptionStore subscriptions, PublishingStorage storage,
    TimeProvider time, ILogger<PublishSummaryStep> logger) : IQueueStep
{
    public string FunctionName => "PublishSummary";
    public string QueueName(StorageNames names) => names.PublishQueue;

    public async Task HandleAsync(string message, QueueDelivery delivery, CancellationToken cancellationToken)
    {
        var request = PublishRequest.Parse(message);
        var entry = await entries.GetAsync(request.ReportId, request.Version, cancellationToken)
            ?? throw new InvalidOperationException($"Summary {request.ReportId} v{request.Version} is not stored.");
        var now = time.GetUtcNow();

        entries.Invalidate();
        var all = await entries.GetEntriesAsync(cancellationToken);
        var renderer = new FeedRenderer(feedOptions);
        var feeds = storage.Container(storage.Names.Feeds);
        var written = 0;
        foreach (var slice in SlicesOf(entry))
            foreach (var format in new[] { FeedFormat.Atom, FeedFormat.Json })
                for (var page = 1; renderer.Render(all, new FeedAddress(slice, format, page), now) is { } document; page++)
                {
                    await feeds.GetBlobClient(new FeedAddress(slice, format, page).RelativePath.Replace("feeds/", "", StringComparison.Ordinal))
                        .UploadAsync(BinaryData.FromBytes(document.Content), new Azure.Storage.Blobs.Models.BlobUploadOptions
                        {
                            HttpHeaders = new Azure.Storage.Blobs.Models.BlobHttpHeaders { ContentType = document.ContentType, CacheControl = "public, max-age=300" },
                        }, cancellationToken);
                    written++;
                }

        var active = await subscriptions.ListAsync(cancellationToken);
        var planned = DeliveryPlanner.Webhooks(entry, active, now);
        var queue = storage.Queue(storage.Names.DeliverQueue);
        var webhooks = new WebhookDeliveryQueue(storage);
        foreach (var webhook in planned)
            await webhooks.SendAsync(webhook, 1, null, cancellationToken);
        foreach (var subscriber in DeliveryPlanner.Emails(entry, active, now))
            await queue.SendMessageAsync(new DeliveryMessage(null, 1, new EmailDelivery(subscriber.Id, entry.ReportId, entry.Version)).ToJson(), cancellationToken);
        logger.LogInformation("Published {ReportId} v{Version}: {Pages} feed pages written, {Deliveries} webhook deliveries queued",
            request.ReportId, request.Version, written, planned.Count);
    }

    private static IEnumerable<FeedSlice> SlicesOf(FeedEntry entry)
    {
        yield return FeedSlice.All;
        yield return FeedSlice.Council(entry.CouncilKey);
        if (entry.RegionSlug is { } region) yield return FeedSlice.Region(region);
        if (entry.GradeSlug is { } grade) yield return FeedSlice.Grade(grade);
        if (entry.DocumentType is { } type) yield return FeedSlice.Type(Reading.Model.DocumentTypes.Slug(type));
        if (entry.DocumentType is null || Reading.Model.DocumentTypes.IsFullInspection(entry.DocumentType.Value)) yield return FeedSlice.Type(DocumentTypeFilterValues.AnyFullInspection);
    }
}
