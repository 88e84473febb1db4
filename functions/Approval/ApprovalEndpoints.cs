using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Publishing.Cli;
using Publishing.Hosting.Http;

namespace Publishing.Approval;

/// <summary>
/// <c>/api/held</c> for approver keys: list held documents (<c>?all=true</c> with decided ones), show one with its
/// reasons and diff, and <c>POST /api/held/{id}/approve</c> or <c>/reject</c> with an optional <c>{"note": "..."}</c>.
/// </summary>
public static class ApprovalEndpoints
{
    public static RouteGroupBuilder MapApprovals(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/held").AddEndpointFilter<StorageOutageFilter>().AddEndpointFilter<RequireApproverFilter>();
        group.MapGet("", async (HttpContext http, HeldDocumentStore held) =>
        {
            var all = string.Equals(http.Request.Query["all"], "true", StringComparison.Ordinal);
            var documents = await held.ListAsync(all, http.RequestAborted);
            return Results.Json(new HeldList(documents.Count, documents.Select(HeldSummary.Of).ToList()), JsonOutput.Compact);
        });
        group.MapGet("/{id}", async (string id, HttpContext http, HeldDocumentStore held) =>
            await held.GetAsync(id, http.RequestAborted) is { } document ? Results.Json(document, JsonOutput.Compact) : Problems.NotFound($"No held document '{id}'."));
        group.MapPost("/{id}/approve", (string id, HttpContext http, ApprovalDecisions decisions) => DecideAsync(http, note => decisions.ApproveAsync(id, Approver(http), note, http.RequestAborted)));
        group.MapPost("/{id}/reject", (string id, HttpContext http, ApprovalDecisions decisions) => DecideAsync(http, note => decisions.RejectAsync(id, Approver(http), note, http.RequestAborted)));
        return group;
    }

    private static string Approver(HttpContext http) => (string)http.Items[RequireApproverFilter.ApproverItem]!;

    private static async Task<IResult> DecideAsync(HttpContext http, Func<string?, Task<ApprovalResult>> decide)
    {
        string? note = null;
        if (http.Request.ContentLength is > 0 || http.Request.Headers.TransferEncoding.Count > 0)
        {
            var (document, problem) = await JsonRequest.ReadAsync(http.Request, 4 * 1024);
            if (problem is not null) return problem;
            using (document)
            {
                if (document!.RootElement.ValueKind != JsonValueKind.Object)
                    return Problems.Invalid(new() { ["note"] = ["Send an object: {\"note\": \"...\"}."] });
                if (document.RootElement.TryGetProperty("note", out var given))
                {
                    if (given.ValueKind != JsonValueKind.String || given.GetString()!.Length > 2000)
                        return Problems.Invalid(new() { ["note"] = ["A string of at most 2,000 characters."] });
                    note = given.GetString();
                }
            }
        }
        var result = await decide(note);
        return result.Problem is { } why
            ? (result.Status == 404 ? Problems.NotFound(why) : Problems.Conflict(why))
            : Results.Json(new HeldDecision(result.Document!.Id, result.Document.Status, result.Document.ReportId, result.Revision, result.Document.DecidedBy!), JsonOutput.Compact);
    }
}

public sealed record HeldList(int Count, IReadOnlyList<HeldSummary> Held);

/// <summary>A held document in a listing: enough to decide whether to open it.</summary>
public sealed record HeldSummary(string Id, string ReportId, string BlobName, HeldStatus Status, DateTimeOffset HeldAt, IReadOnlyList<string> Reasons, IReadOnlyList<string> Changes)
{
    public static HeldSummary Of(HeldDocument d) => new(d.Id, d.ReportId, d.BlobName, d.Status, d.HeldAt, d.Reasons, d.Changes.Select(c => c.ToString()).ToList());
}

public sealed record HeldDecision(string Id, HeldStatus Status, string ReportId, int? Revision, string DecidedBy);
