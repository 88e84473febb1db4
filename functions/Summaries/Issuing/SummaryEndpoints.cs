using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Publishing.Hosting.Http;
using Publishing.Statements.Storage;

namespace Publishing.Summaries.Issuing;

/// <summary>
/// <c>GET /api/summaries</c> (latest version of each), <c>/api/summaries/{reportId}[.html|.md|.txt|.json]</c> (latest,
/// JSON by default), <c>/api/summaries/{reportId}/v{n}[.ext]</c> (a given version) and
/// <c>/api/summaries/{reportId}/versions</c>. Versions are immutable, so answers carry the stored ETag and honour
/// If-None-Match with 304.
/// </summary>
public static class SummaryEndpoints
{
    public static RouteGroupBuilder MapSummaries(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/summaries").AddEndpointFilter<StorageOutageFilter>();
        group.MapGet("", ListAsync);
        group.MapGet("/{report}", (string report, HttpContext http, SummaryVersionStore versions) => LatestAsync(report, http, versions));
        group.MapGet("/{report}/versions", VersionsAsync);
        group.MapGet("/{report}/{version}", VersionAsync);
        return group;
    }

    private static async Task<IResult> ListAsync(SummaryVersionStore versions, CancellationToken cancellationToken)
    {
        var items = new List<SummaryListItem>();
        foreach (var id in await versions.ListReportIdsAsync(cancellationToken))
        {
            var numbers = await versions.ListVersionsAsync(id, cancellationToken);
            if (numbers.Count > 0) items.Add(new SummaryListItem(id, numbers[^1], $"/api/summaries/{id}"));
        }
        return Results.Json(new SummaryList(items.Count, items), Cli.JsonOutput.Compact);
    }

    private static async Task<IResult> LatestAsync(string reportAndForm, HttpContext http, SummaryVersionStore versions)
    {
        var (report, extension) = Split(reportAndForm);
        if (extension is null || !StatementIds.IsSlug(report)) return Problems.NotFound($"No summary '{reportAndForm}'. Forms: .json, .html, .md, .txt.");
        var numbers = await versions.ListVersionsAsync(report, http.RequestAborted);
        if (numbers.Count == 0) return Problems.NotFound($"No summary has been issued for report '{report}' yet.");
        return await ServeAsync(report, numbers[^1], extension, http, versions);
    }

    private static async Task<IResult> VersionAsync(string report, string version, HttpContext http, SummaryVersionStore versions)
    {
        var (name, extension) = Split(version);
        if (extension is null || !VersionNumber.TryParse(name, out var number))
            return Problems.NotFound($"No version '{version}'; versions look like v1, v2.html.");
        return await ServeAsync(report, number, extension, http, versions);
    }

    private static async Task<IResult> VersionsAsync(string report, SummaryVersionStore versions, CancellationToken cancellationToken)
    {
        var list = new List<SummaryVersionItem>();
        foreach (var number in await versions.ListVersionsAsync(report, cancellationToken))
        {
            var summary = await versions.GetAsync(report, number, cancellationToken);
            list.Add(new SummaryVersionItem(number, summary?.ChangeNote, summary?.AsAt, $"/api/summaries/{report}/v{number}"));
        }
        return list.Count == 0 ? Problems.NotFound($"No summary for report '{report}'.") : Results.Json(new SummaryVersionList(report, list), Cli.JsonOutput.Compact);
    }

    private static async Task<IResult> ServeAsync(string report, int version, string extension, HttpContext http, SummaryVersionStore versions)
    {
        var form = await versions.GetFormAsync(report, version, extension, http.RequestAborted);
        if (form is null) return Problems.NotFound($"No version {version} of the summary for '{report}'.");
        var etag = form.Value.ETag.ToString("H");
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(etag.StartsWith('"') ? etag : $"\"{etag}\"");
        headers.LastModified = form.Value.LastModified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(1) };
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(headers.ETag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any)))
            return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(form.Value.Content, SummaryMediaTypes.Of(extension));
    }

    private static (string Name, string? Extension) Split(string value)
    {
        var dot = value.LastIndexOf('.');
        if (dot < 0) return (value, "json");
        var extension = value[(dot + 1)..];
        return (value[..dot], SummaryMediaTypes.Extensions.Contains(extension) ? extension : null);
    }
}
