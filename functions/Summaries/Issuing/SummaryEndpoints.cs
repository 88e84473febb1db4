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
/// <c>/api/summaries/{reportId}/versions</c>. Versions are immutable, so answers carry the stored ETag and
/// Last-Modified and answer If-None-Match, or failing that If-Modified-Since, with 304.
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

    private static async Task<IResult> ListAsync(HttpContext http, SummaryVersionStore versions, CancellationToken cancellationToken)
    {
        var (page, problem) = PageRequest.From(http.Request);
        if (problem is not null) return problem;
        var (ids, continuation) = page!.Cut((await versions.ListReportIdsAsync(cancellationToken)).Order(StringComparer.Ordinal));
        var items = new List<SummaryListItem>();
        foreach (var id in ids)
        {
            var numbers = await versions.ListVersionsAsync(id, cancellationToken);
            if (numbers.Count > 0) items.Add(new SummaryListItem(id, numbers[^1], $"/api/summaries/{id}"));
        }
        return Results.Json(new SummaryList(items.Count, items, continuation,
            continuation is null ? null : $"/api/summaries?limit={page.Limit}&continuation={continuation}"), Cli.JsonOutput.Compact);
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

    private static async Task<IResult> VersionsAsync(string report, HttpContext http, SummaryVersionStore versions, CancellationToken cancellationToken)
    {
        var (page, problem) = PageRequest.From(http.Request);
        if (problem is not null) return problem;
        var numbers = await versions.ListVersionsAsync(report, cancellationToken);
        if (numbers.Count == 0) return Problems.NotFound($"No summary for report '{report}'.");
        // Keys padded to one width, so that ordinal order is numeric order.
        var (keys, continuation) = page!.Cut(numbers.Select(n => n.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)));
        var list = new List<SummaryVersionItem>();
        foreach (var number in keys.Select(k => int.Parse(k, System.Globalization.CultureInfo.InvariantCulture)))
        {
            var url = $"/api/summaries/{report}/v{number}";
            try
            {
                var summary = await versions.GetAsync(report, number, cancellationToken);
                list.Add(new SummaryVersionItem(number, summary?.ChangeNote, summary?.AsAt, url));
            }
            catch (JsonException e)
            {
                list.Add(new SummaryVersionItem(number, null, null, url) { Unread = $"the stored summary could not be read: {e.Message}" });
            }
        }
        return Results.Json(new SummaryVersionList(report, list, continuation,
            continuation is null ? null : $"/api/summaries/{report}/versions?limit={page.Limit}&continuation={continuation}"), Cli.JsonOutput.Compact);
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
        if (Distribution.Feeds.ConditionalRequest.IsNotModified(http.Request.Headers.IfNoneMatch, http.Request.Headers.IfModifiedSince, headers.ETag.ToString(), form.Value.LastModified))
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
