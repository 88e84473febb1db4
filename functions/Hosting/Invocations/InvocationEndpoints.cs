using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Publishing.Hosting.Queues;
using Publishing.Reports;

namespace Publishing.Hosting.Invocations;

/// <summary>
/// The custom-handler side of the Functions host: <c>POST /{FunctionName}</c> for each non-HTTP function. A
/// non-2xx answer fails the invocation, so the host's retry and poison handling apply; a payload the handler cannot
/// decode is answered 400 with the reason (it would fail the same way on every retry). Only the host may invoke: a
/// request from anywhere but loopback is refused 403 (the host reaches the handler on 127.0.0.1), and a payload over
/// <see cref="PublishingHostOptions.MaxInvocationBytes"/> is refused 413 before it is buffered.
/// </summary>
public static class InvocationEndpoints
{
    public const string ReportBlobCreated = "ReportBlobCreated";
    /// <summary>Matches the blob trigger's binding name in functions/app/ReportBlobCreated/function.json.</summary>
    public const string ReportBinding = "report";
    public const string QueueBinding = "message";
    /// <summary>Blobs larger than this are read from storage by name instead of from the payload.</summary>
    public const int MaxInlineBlobBytes = 64 * 1024 * 1024;

    public static IEndpointRouteBuilder MapInvocations(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/" + ReportBlobCreated, HandleReportAsync).AddEndpointFilter(OnlyFromLoopback);
        // Steps are found by name when the first invocation arrives, not at startup: the host waits for "/" to answer,
        // and building the steps (storage, webhook and classifier clients) would only delay that.
        routes.MapPost("/{function}", (string function, HttpContext http, IEnumerable<IQueueStep> steps, QueueStepRunner runner, ILoggerFactory logs) =>
                steps.FirstOrDefault(s => s.FunctionName == function) is { } step
                    ? HandleQueueAsync(step, http, runner, logs)
                    : Task.FromResult(Fail(404, $"No function '{function}' in this app.")))
            .AddEndpointFilter(OnlyFromLoopback);
        return routes;
    }

    /// <summary>True when the request came over loopback, as the Functions host's invocations do.</summary>
    public static bool IsFromLoopback(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote && System.Net.IPAddress.IsLoopback(remote);

    private static async ValueTask<object?> OnlyFromLoopback(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        IsFromLoopback(context.HttpContext) ? await next(context) : Fail(403, "Invocations are accepted from the Functions host on loopback only.");

    private static async Task<IResult> HandleReportAsync(HttpContext http, ReportArrival arrival, ReportBlobSource blobs, ILoggerFactory logs)
    {
        var logger = logs.CreateLogger(ReportBlobCreated);
        var invocationId = InvocationId(http);
        using var scope = LogScopes.Invocation(logger, invocationId, ReportBlobCreated);
        var request = await ParseAsync(http);
        if (request.Problem is not null) return request.Problem;
        var payload = request.Payload!;

        var name = payload.MetadataString("name") ?? BlobNameFromUri(payload.MetadataString("Uri"));
        if (string.IsNullOrEmpty(name)) return Fail(400, "The invocation names no blob (Metadata.name or Metadata.Uri).");
        byte[]? content;
        try
        {
            content = payload.DataBytes(ReportBinding);
        }
        catch (InvocationPayloadException e)
        {
            return Fail(400, e.Message);
        }
        content ??= await blobs.DownloadAsync(name, http.RequestAborted);
        if (content is null) return Fail(404, $"Report blob '{name}' has no content in the payload and is not in the reports container.");

        var outcome = await arrival.HandleAsync(name, content, http.RequestAborted);
        var log = outcome.Failure is null
            ? $"Report {name} → {outcome.ReportId} (revision {outcome.Revision})"
            : $"Report {name} could not be read: {outcome.Failure.Message}";
        return Answer(InvocationResponse.Done(log));
    }

    private static async Task<IResult> HandleQueueAsync(IQueueStep step, HttpContext http, QueueStepRunner runner, ILoggerFactory logs)
    {
        var request = await ParseAsync(http);
        if (request.Problem is not null) return request.Problem;
        var payload = request.Payload!;
        var message = payload.DataString(QueueBinding);
        if (message is null) return Fail(400, $"The invocation has no Data.{QueueBinding}.");
        var retry = payload.MetadataObject("RetryContext");
        var dequeueCount = payload.MetadataInt("DequeueCount")
            ?? (retry is { } r && InvocationRequest.Find(r, "RetryCount") is { ValueKind: JsonValueKind.Number } n ? n.GetInt32() + 1 : 1);
        var delivery = new QueueDelivery(payload.MetadataString("Id"), dequeueCount, InvocationId(http));
        var result = await runner.RunAsync(step, message, delivery, http.RequestAborted);
        return Answer(InvocationResponse.Done(result == StepResult.Poisoned ? $"{step.FunctionName}: moved to poison queue after {dequeueCount} attempts" : $"{step.FunctionName}: done"));
    }

    private static async Task<(InvocationRequest? Payload, IResult? Problem)> ParseAsync(HttpContext http)
    {
        var limit = http.RequestServices.GetRequiredService<PublishingHostOptions>().MaxInvocationBytes;
        var tooLarge = Fail(413, $"The invocation payload is larger than {limit} bytes.");
        if (http.Request.ContentLength > limit) return (null, tooLarge);
        // Kestrel's own 30 MB default would refuse a large report before this limit applies; this limit is the one that counts.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit) return (null, tooLarge);
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, tooLarge);
        }
        try
        {
            return (InvocationRequest.Parse(buffer.ToArray()), null);
        }
        catch (Exception e) when (e is JsonException or InvocationPayloadException)
        {
            return (null, Fail(400, $"The invocation payload cannot be decoded: {e.Message}"));
        }
    }

    private static string InvocationId(HttpContext http) =>
        http.Request.Headers["X-Azure-Functions-InvocationId"].ToString() is { Length: > 0 } id ? id : Guid.NewGuid().ToString();

    private static string? BlobNameFromUri(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed)) return null;
        var segments = parsed.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var container = Array.FindIndex(segments, s => s.EndsWith("reports", StringComparison.Ordinal));
        return container >= 0 && container < segments.Length - 1 ? Uri.UnescapeDataString(string.Join('/', segments[(container + 1)..])) : null;
    }

    private static IResult Answer(InvocationResponse response) => Results.Json(response, InvocationJson.Options);

    private static IResult Fail(int status, string reason) => Results.Json(InvocationResponse.Failed(reason), InvocationJson.Options, statusCode: status);
}
