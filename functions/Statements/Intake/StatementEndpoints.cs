using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Hosting.Http;
using Publishing.Statements.Classification;
using Publishing.Statements.Keys;
using Publishing.Statements.Storage;

namespace Publishing.Statements.Intake;

/// <summary>
/// <c>/api/statements</c>: submit (POST), correct (PUT), withdraw (DELETE), read (GET). Writes need an API key; reads
/// are public for published statements, and a body also sees its own embargoed and withdrawn ones.
/// </summary>
public static class StatementEndpoints
{
    public const long MaxBodyBytes = 64 * 1024;

    public static RouteGroupBuilder MapStatements(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/statements").AddEndpointFilter<StorageOutageFilter>();
        group.MapPost("", SubmitAsync).AddEndpointFilter<RequireApiKeyFilter>();
        group.MapPut("/{id}", CorrectAsync).AddEndpointFilter<RequireApiKeyFilter>();
        group.MapDelete("/{id}", WithdrawAsync).AddEndpointFilter<RequireApiKeyFilter>();
        group.MapGet("", ListAsync);
        group.MapGet("/{id}", GetAsync);
        group.MapGet("/{id}/history", HistoryAsync);
        return group;
    }


    private static async Task<IResult> SubmitAsync(HttpContext http, StatementIntake intake, UnpublishedReports unpublished)
    {
        var (submission, problem) = await ReadSubmissionAsync(http.Request);
        if (problem is not null) return problem;
        var idempotencyKey = http.Request.Headers["Idempotency-Key"].ToString();
        if (idempotencyKey.Length > 200) return Problems.Invalid(new() { ["Idempotency-Key"] = ["At most 200 characters."] });
        var held = await unpublished.CheckAsync(submission!.ReportId, http.RequestAborted);
        if (held is { Expired: true })
            return Problems.Invalid(new() { ["report"] = [$"No report '{submission.ReportId}' has been published, and statements for an unpublished report are held only until {held.Until:yyyy-MM-dd'T'HH:mm:ss'Z'} ({UnpublishedReports.Window.Days} days after the publication date its id names): check the id."] });
        var outcome = await intake.SubmitAsync(ApiKeyAuthentication.Current(http)!, submission, idempotencyKey.Length > 0 ? idempotencyKey : null, http.RequestAborted);
        return Answer(outcome, http, held);
    }

    private static async Task<IResult> CorrectAsync(string id, HttpContext http, StatementIntake intake)
    {
        var (submission, problem) = await ReadSubmissionAsync(http.Request);
        if (problem is not null) return problem;
        return Answer(await intake.CorrectAsync(ApiKeyAuthentication.Current(http)!, id, submission!, http.RequestAborted), http);
    }

    private static async Task<IResult> WithdrawAsync(string id, HttpContext http, StatementIntake intake) =>
        Answer(await intake.WithdrawAsync(ApiKeyAuthentication.Current(http)!, id, http.RequestAborted), http);

    private static async Task<IResult> ListAsync(HttpContext http, StatementStore store, StatementLabeller labeller, ApiKeyStore keys, TimeProvider time)
    {
        var report = http.Request.Query["report"].ToString();
        if (!StatementIds.IsSlug(report))
            return Problems.Invalid(new() { ["report"] = ["Give the report id as ?report=northmoor-2025-11-14."] });
        var (page, problem) = PageRequest.From(http.Request);
        if (problem is not null) return problem;
        var viewer = await ApiKeyAuthentication.AuthenticateAsync(http, keys);
        var now = time.GetUtcNow();
        // Statements this viewer may not see are left out before cutting: cut first, a page short of its limit or a
        // token naming an embargoed statement's id would show that one exists (the per-body cap bounds the reading).
        var seen = (await store.ListForReportAsync(report, http.RequestAborted)).Where(s => CanSee(s, viewer, now)).ToList();
        var (ids, continuation) = page!.Cut(seen.Select(s => s.Id));
        var chosen = ids.ToHashSet(StringComparer.Ordinal);
        var visible = (await labeller.LabelAllAsync(seen.Where(s => chosen.Contains(s.Id)), http.RequestAborted)).Select(StatementView.Of).ToList();
        return Results.Json(new StatementList(report, visible.Count, visible, continuation,
            continuation is null ? null : $"/api/statements?report={report}&limit={page!.Limit}&continuation={continuation}"), Cli.JsonOutput.Compact);
    }

    private static async Task<IResult> GetAsync(string id, HttpContext http, StatementStore store, StatementLabeller labeller, ApiKeyStore keys, TimeProvider time)
    {
        var statement = await store.GetAsync(id, http.RequestAborted);
        var viewer = await ApiKeyAuthentication.AuthenticateAsync(http, keys);
        if (statement is null || !CanSee(statement, viewer, time.GetUtcNow())) return Problems.NotFound($"No statement '{id}' is available.");
        var labelled = statement with { Classification = await labeller.LabelAsync(statement, http.RequestAborted) };
        return Results.Json(StatementView.Of(labelled), Cli.JsonOutput.Compact);
    }

    private static async Task<IResult> HistoryAsync(string id, HttpContext http, StatementStore store, ApiKeyStore keys)
    {
        var viewer = await ApiKeyAuthentication.AuthenticateAsync(http, keys);
        if (viewer is null) return Problems.Unauthorized();
        var history = await store.GetHistoryAsync(id, http.RequestAborted);
        if (history.Count == 0) return Problems.NotFound($"No statement '{id}'.");
        if (history[0].Body.Name != viewer.Name) return Problems.Forbidden("Only the body that submitted a statement can read its history.");
        return Results.Json(new StatementHistory(id, history.Select(StatementView.Of).ToList()), Cli.JsonOutput.Compact);
    }

    private static bool CanSee(StatementRecord statement, SubmittingBody? viewer, DateTimeOffset now) =>
        statement.IsPublishableAt(now) || (viewer is not null && viewer.Name == statement.Body.Name);

    private static async Task<(StatementSubmission? Submission, IResult? Problem)> ReadSubmissionAsync(HttpRequest request)
    {
        var (document, problem) = await JsonRequest.ReadAsync(request, MaxBodyBytes);
        if (problem is not null) return (null, problem);
        using (document)
        {
            var (submission, errors) = StatementSubmission.Parse(document!.RootElement);
            return submission is null ? (null, Problems.Invalid(errors)) : (submission, null);
        }
    }

    private static IResult Answer(IntakeOutcome outcome, HttpContext http, HeldForReport? held = null) => outcome.Status switch
    {
        IntakeStatus.TooManyStatements => Problems.Invalid(new() { ["report"] = [TooManyStatements(http)] }),
        IntakeStatus.TooManyRevisions => Problems.Invalid(new() { ["revision"] = [TooManyRevisions(http)] }),
        IntakeStatus.Accepted => Accepted(outcome.Statement!, outcome.Replayed, http, held),
        IntakeStatus.NotFound => Problems.NotFound("No such statement."),
        IntakeStatus.Forbidden => Problems.Forbidden("This statement was submitted by another body; only that body can change it."),
        IntakeStatus.Gone => Problems.Of(409, "Withdrawn", "The statement has been withdrawn and can no longer be corrected."),
        IntakeStatus.IdempotencyConflict => Problems.Conflict("This Idempotency-Key was already used with a different request body."),
        IntakeStatus.ReportChanged => Problems.Invalid(new() { ["report"] = ["A correction cannot move a statement to another report; withdraw it and submit a new one."] }),
        IntakeStatus.ConcurrentEdit => Problems.Conflict("The statement was changed by another request at the same time; fetch it and retry."),
        _ => throw new InvalidOperationException(outcome.Status.ToString()),
    };

    // 422, not 429: waiting does not help; correcting an existing statement does.
    private static string TooManyStatements(HttpContext http) =>
        $"This body has submitted {Caps(http).MaxPerBodyPerReport} statements for this report, the most one body may (withdrawn ones count); correct an existing one instead.";

    private static string TooManyRevisions(HttpContext http) =>
        $"This statement has {Caps(http).MaxRevisions} revisions, the most a statement may have; withdraw it and submit a new one.";

    private static StatementCaps Caps(HttpContext http) => http.RequestServices.GetRequiredService<StatementCaps>();

    private static IResult Accepted(StatementRecord statement, bool replayed, HttpContext http, HeldForReport? held)
    {
        var url = $"/api/statements/{statement.Id}";
        http.Response.Headers.Location = url;
        if (replayed) http.Response.Headers["Idempotent-Replayed"] = "true";
        return Results.Json(new StatementAccepted(statement.Id, url, statement.ReportId, statement.Revision, statement.Withdrawn, statement.EmbargoUntil, replayed) { Held = held },
            Cli.JsonOutput.Compact, statusCode: StatusCodes.Status202Accepted);
    }
}
