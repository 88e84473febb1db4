using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Publishing.Hosting.Http;

namespace Publishing.Reports;

/// <summary><c>GET /api/reports/{reportId}.pdf</c>: the report PDF a summary was written from (the link in feeds and summaries).</summary>
public static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/reports/{file}", async (string file, ReportRecordStore records, ReportBlobSource blobs, CancellationToken cancellationToken) =>
        {
            if (!file.EndsWith(".pdf", StringComparison.Ordinal)) return Problems.NotFound("Reports are served as /api/reports/{reportId}.pdf.");
            var record = await records.GetLatestAsync(file[..^4], cancellationToken);
            var content = record is null ? null : await blobs.DownloadAsync(record.BlobName, cancellationToken);
            if (content is null) return Problems.NotFound($"No report '{file[..^4]}'.");
            // The blob may have been overwritten since it was read: serve only the document the summary was written from.
            if (Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)) != record!.ContentHash)
                return Problems.Of(409, "Report changed", $"The stored PDF of '{file[..^4]}' is no longer the document its summary was written from (SHA-256 {record.ContentHash}); it is not served.");
            return Results.Bytes(content, "application/pdf", file);
        }).AddEndpointFilter<StorageOutageFilter>();
        return routes;
    }
}
