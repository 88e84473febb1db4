using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Approval;
using Publishing.Reading;
using Publishing.Reports;
using Publishing.Reports.Provenance;
using Publishing.Statements;
using Publishing.Statements.Keys;
using Publishing.Summaries.Issuing;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Security.Provenance;

/// <summary>
/// Issue 17 item 2 through the real pipeline (Azurite, the watcher, the queue steps, the API), with the provenance
/// defaults: polyglots refused, a forged or altered document held for a person instead of published, the approval
/// step over the authenticated API, and the source recorded with each revision and shown in the summary.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class ProvenancePipelineTests(AzuriteFixture azurite)
{
    private const string ReportId = "northmoor-2025-11-14";
    private static readonly ReportSource DropFolder = new(SourceMetadata.DropFolder, null, Trusted: true);

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>\n")]
    [InlineData("PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000payload.html")]
    [InlineData("\n")]
    public async Task PolyglotWithAPdfAfterOtherContent_IsRefusedAsNotAPdf_AndNothingIsServed(string prefix)
    {
        await using var server = await StartAsync();
        byte[] polyglot = [.. Encoding.Latin1.GetBytes(prefix), .. PdfRevisions.Sample];

        var outcome = await Arrival(server).HandleAsync(ReportId + ".pdf", polyglot, CancellationToken.None, source: DropFolder);

        Assert.Equal(ReadFailureKind.NotAPdf, outcome.Failure?.Kind);
        Assert.Contains("byte 0", outcome.Failure!.Expected);
        Assert.Null(await Records(server).GetLatestAsync(ReportId));
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync($"/api/reports/{ReportId}.pdf")).StatusCode);
    }

    [Fact]
    public async Task ForgedDocumentUnderAnyNameWithADate_IsHeld_AndTheRealReportStaysAtItsFirstRevision()
    {
        await using var server = await StartAsync();
        await PublishSampleAsync(server);

        var outcome = await Arrival(server).HandleAsync("press-release-2025-11-14.pdf", PdfRevisions.SampleWithEveryGradeInadequate(), CancellationToken.None, source: DropFolder);

        Assert.NotNull(outcome.HeldAs);
        Assert.Null(outcome.ReportId);
        var held = await server.Services.GetRequiredService<HeldDocumentStore>().GetAsync(outcome.HeldAs!, CancellationToken.None);
        Assert.Contains(held!.Reasons, r => r.Contains("names council 'press-release'", StringComparison.Ordinal));
        Assert.Contains(held.Reasons, r => r.StartsWith("an incremental update changes page content", StringComparison.Ordinal));
        Assert.Contains(held.Reasons, r => r.StartsWith("it changes the grades of northmoor-2025-11-14 revision 1", StringComparison.Ordinal));
        Assert.Equal(1, (await Records(server).GetLatestAsync(ReportId))!.Revision);
        await Task.Delay(TimeSpan.FromSeconds(2)); // time for a compose the hold must not have asked for
        Assert.Equal([1], await server.Services.GetRequiredService<SummaryVersionStore>().ListVersionsAsync(ReportId));
    }

    [Fact]
    public async Task RevisionChangingGrades_IsHeldWithItsDiff_AndOnlyAnApproverKeyApprovesItOverTheApi()
    {
        await using var server = await StartAsync();
        await PublishSampleAsync(server);
        var outcome = await Arrival(server).HandleAsync(ReportId + ".pdf", PdfRevisions.SampleWithEveryGradeInadequate(), CancellationToken.None, source: DropFolder);
        var id = outcome.HeldAs!;

        var body = await server.IssueKeyAsync("ADCS");
        var (approver, _) = await server.Services.GetRequiredService<ApiKeyStore>().IssueAsync(new SubmittingBody("Press Desk", "independent"), mayApprove: true);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(server, HttpMethod.Get, "/api/held", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(server, HttpMethod.Get, "/api/held", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(server, HttpMethod.Post, $"/api/held/{id}/approve", body)).StatusCode);

        using var list = await SendAsync(server, HttpMethod.Get, "/api/held", approver.ToString());
        var listed = JsonDocument.Parse(await list.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(id, listed.GetProperty("held")[0].GetProperty("id").GetString());
        using var shown = await SendAsync(server, HttpMethod.Get, $"/api/held/{id}", approver.ToString());
        var changes = JsonDocument.Parse(await shown.Content.ReadAsStringAsync()).RootElement.GetProperty("changes").EnumerateArray()
            .ToDictionary(c => c.GetProperty("field").GetString()!, c => (c.GetProperty("before").GetString(), c.GetProperty("after").GetString()));
        Assert.Equal(("Good", "Inadequate"), changes["grade:in_care"]);
        Assert.Equal(("Good", "Inadequate"), changes["grade:care_leavers"]);
        Assert.Equal(("RequiresImprovementToBeGood", "Inadequate"), changes["grade:impact_of_leaders"]);
        Assert.False(changes.ContainsKey("grade:help_and_protection")); // Inadequate before and after

        using var approved = await SendAsync(server, HttpMethod.Post, $"/api/held/{id}/approve", approver.ToString(), """{"note":"Ofsted re-issued it"}""");
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(2, JsonDocument.Parse(await approved.Content.ReadAsStringAsync()).RootElement.GetProperty("revision").GetInt32());
        var summary = await WaitForSummaryAsync(server, s => s.GetProperty("version").GetInt32() == 2);
        Assert.Contains("Press Desk", summary.GetProperty("notes").GetProperty("document").GetProperty("approvedBy").GetString());
        Assert.Equal("Inadequate", summary.GetProperty("judgements").EnumerateArray().Single(j => j.GetProperty("key").GetString() == "in_care").GetProperty("grade").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(server, HttpMethod.Post, $"/api/held/{id}/approve", approver.ToString())).StatusCode);
    }

    [Fact]
    public async Task RejectedDocument_IsNeverPublished()
    {
        await using var server = await StartAsync();
        await PublishSampleAsync(server);
        var outcome = await Arrival(server).HandleAsync(ReportId + ".pdf", PdfRevisions.SampleWithEveryGradeInadequate(), CancellationToken.None, source: DropFolder);
        var (approver, _) = await server.Services.GetRequiredService<ApiKeyStore>().IssueAsync(new SubmittingBody("Press Desk", "independent"), mayApprove: true);

        using var rejected = await SendAsync(server, HttpMethod.Post, $"/api/held/{outcome.HeldAs}/reject", approver.ToString(), """{"note":"forged"}""");

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HeldStatus.Rejected, (await server.Services.GetRequiredService<HeldDocumentStore>().GetAsync(outcome.HeldAs!, CancellationToken.None))!.Status);
        Assert.Equal(1, (await Records(server).GetLatestAsync(ReportId))!.Revision);
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(server, HttpMethod.Post, $"/api/held/{outcome.HeldAs}/approve", approver.ToString())).StatusCode);
    }

    [Fact]
    public async Task DateTakenFromTheBlobName_FromAnUnlabelledBlob_IsHeld()
    {
        await using var server = await StartAsync();
        await Container(server).GetBlobClient(ReportId + ".pdf").UploadAsync(BinaryData.FromBytes(PdfRevisions.Sample));

        var held = await WaitForHeldAsync(server);

        Assert.Contains(held.Reasons, r => r.Contains("publication date comes from the blob's name only", StringComparison.Ordinal) && r.Contains("'unlabelled'", StringComparison.Ordinal));
        Assert.Null(await Records(server).GetLatestAsync(ReportId));
    }

    [Fact]
    public async Task DateTakenFromTheBlobName_ThroughServesOwnDropFolder_IsPublished()
    {
        var drop = Directory.CreateTempSubdirectory("publishing-drop-").FullName;
        try
        {
            await using var server = await StartAsync(o => o with { DropFolder = drop });
            var file = Path.Combine(drop, ReportId + ".pdf");
            File.WriteAllBytes(file, PdfRevisions.Sample);
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddSeconds(-5));

            var summary = await WaitForSummaryAsync(server);

            Assert.Equal(SourceMetadata.DropFolder, summary.GetProperty("notes").GetProperty("document").GetProperty("source").GetString());
            Assert.Empty(await server.Services.GetRequiredService<HeldDocumentStore>().ListAsync(true, CancellationToken.None));
        }
        finally
        {
            Directory.Delete(drop, recursive: true);
        }
    }

    [Fact]
    public async Task SourceFromBlobMetadata_IsRecordedWithTheRevision_AndShownInTheSummary()
    {
        await using var server = await StartAsync();
        var pdf = PdfRevisions.Sample;
        var address = "https://files.ofsted.gov.uk/v1/file/50290000";
        await Container(server).GetBlobClient(ReportId + ".pdf").UploadAsync(BinaryData.FromBytes(pdf), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [SourceMetadata.SourceKey] = SourceMetadata.Ofsted, [SourceMetadata.OfstedUrlKey] = address },
        });

        var summary = await WaitForSummaryAsync(server);

        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        var record = await Records(server).GetLatestAsync(ReportId);
        Assert.Equal(new Uri(address), record!.Source!.OfstedUrl);
        var document = summary.GetProperty("notes").GetProperty("document");
        Assert.Equal(sha, document.GetProperty("sha256").GetString());
        Assert.Equal(address, document.GetProperty("ofstedUrl").GetString());
        var text = await server.Client.GetStringAsync($"/api/summaries/{ReportId}.txt");
        Assert.Contains($"Source document: the PDF as Ofsted published it ({address}) (SHA-256 {sha}).", string.Join(" ", text.Split((char[])['\n', ' '], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task BlobOverwrittenAfterItWasRead_IsNotServedAsTheReport()
    {
        await using var server = await StartAsync();
        await PublishSampleAsync(server);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/api/reports/{ReportId}.pdf")).StatusCode);

        await Container(server).GetBlobClient(ReportId + ".pdf").UploadAsync(BinaryData.FromString("<html><script>alert(1)</script></html>"), overwrite: true);

        using var served = await server.Client.GetAsync($"/api/reports/{ReportId}.pdf");
        Assert.Equal(HttpStatusCode.Conflict, served.StatusCode);
        Assert.DoesNotContain("<script>", await served.Content.ReadAsStringAsync());
    }

    private Task<TestServer> StartAsync(Func<Publishing.Hosting.PublishingHostOptions, Publishing.Hosting.PublishingHostOptions>? adjust = null) =>
        TestServer.StartAsync(azurite.NewStorage(), o =>
        {
            // serve's defaults: the drop folder trusted, anything else unlabelled and not.
            var serve = o with { RunsPipelineLocally = true, Provenance = ProvenanceOptions.FromEnvironment(_ => null, trustDropFolder: true) };
            return adjust?.Invoke(serve) ?? serve;
        });

    private static ReportArrival Arrival(TestServer server) => server.Services.GetRequiredService<ReportArrival>();
    private static ReportRecordStore Records(TestServer server) => server.Services.GetRequiredService<ReportRecordStore>();
    private static Azure.Storage.Blobs.BlobContainerClient Container(TestServer server) => server.Storage.Container(server.Storage.Names.Reports);

    private static async Task PublishSampleAsync(TestServer server)
    {
        await Container(server).GetBlobClient(ReportId + ".pdf").UploadAsync(BinaryData.FromBytes(PdfRevisions.Sample), new BlobUploadOptions
        {
            Metadata = new Dictionary<string, string> { [SourceMetadata.SourceKey] = SourceMetadata.DropFolder },
        });
        await WaitForSummaryAsync(server);
    }

    private static async Task<HttpResponseMessage> SendAsync(TestServer server, HttpMethod method, string path, string? key, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (key is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        if (json is not null) request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return await server.Client.SendAsync(request);
    }

    private static async Task<HeldDocument> WaitForHeldAsync(TestServer server)
    {
        var store = server.Services.GetRequiredService<HeldDocumentStore>();
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(200))
            if ((await store.ListAsync(false, CancellationToken.None)).FirstOrDefault() is { } held) return held;
        throw new TimeoutException("Nothing was held within 60 s.");
    }

    private static async Task<JsonElement> WaitForSummaryAsync(TestServer server, Func<JsonElement, bool>? until = null)
    {
        JsonElement last = default;
        for (var deadline = DateTime.UtcNow.AddSeconds(60); DateTime.UtcNow < deadline; await Task.Delay(200))
        {
            using var response = await server.Client.GetAsync($"/api/summaries/{ReportId}");
            if (response.StatusCode != HttpStatusCode.OK) continue;
            last = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            if (until is null || until(last)) return last;
        }
        throw new TimeoutException($"No summary of {ReportId} as expected within 60 s; last: {(last.ValueKind == JsonValueKind.Undefined ? "none" : last.GetRawText())}");
    }
}
