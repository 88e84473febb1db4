using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Publishing.Approval;
using Publishing.Reading;
using Publishing.Reports;
using Publishing.Reports.Provenance;
using Publishing.Statements;
using Publishing.Statements.Keys;
using Publishing.Storage;
using Publishing.Summaries.Issuing;
using Publishing.Tests.Hosting;

namespace Publishing.Tests.Cli;

/// <summary>
/// <c>held</c> and <c>keys</c> run as an operator runs them, against Azurite's real (unprefixed) names, like
/// <see cref="OperationsCommandTests"/> (same collection, so never at the same time); ids are unique per run.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class ApprovalCommandTests(AzuriteFixture azurite)
{
    private PublishingStorage Storage() => new(new StorageOptions { ConnectionString = azurite.ConnectionString });

    private PublishingProcess.Outcome Run(params string[] args) =>
        PublishingProcess.Run(new Dictionary<string, string?> { ["AzureWebJobsStorage"] = null }, "", [.. args, "--storage", azurite.ConnectionString]);

    [Fact]
    public async Task HeldListShowApprove_ListTheDocumentWithItsReasons_AndApprovingRecordsItOnce()
    {
        var storage = Storage();
        await storage.EnsureCreatedAsync();
        // A council key of this run's own, so the record and the held document are this test's alone.
        var council = "testshire" + Guid.NewGuid().ToString("N")[..6];
        // Bytes of this run's own (an empty incremental update, which changes nothing shown): the sample itself may be
        // recorded already by another test on these names, and the same content again is no new revision to hold.
        var pdf = Security.Provenance.PdfRevisions.AppendEmpty(Security.Provenance.PdfRevisions.Append(Security.Provenance.PdfRevisions.Sample,
            [(7, System.Text.Encoding.Latin1.GetBytes($"<</Producer (PdfPig) /Title ({council}) >>"))]));
        var held = new HeldDocumentStore(storage);
        var arrival = new ReportArrival(new ReportReader(), new ReportRecordStore(storage), new ComposeQueue(storage, new FakeTimeProvider()),
            new ReadAttempts(storage, new ReportReaderOptions(), TimeProvider.System), held,
            new ReportBlobSource(storage, new ReportReaderOptions()), new ProvenanceOptions(), new FakeTimeProvider(), NullLogger<ReportArrival>.Instance);
        var outcome = await arrival.HandleAsync($"{council}-2025-11-14.pdf", pdf, CancellationToken.None, source: ReportSource.Unlabelled);
        var id = outcome.HeldAs!;

        var list = Run("held", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains(id, list.Stdout);
        var show = Run("held", "show", id);
        Assert.Contains($"names council '{council}'", show.Stdout);

        var approve = Run("held", "approve", id, "--note", "checked with Ofsted");
        Assert.Equal(0, approve.ExitCode);
        Assert.Contains("recorded northmoor-2025-11-14 revision", approve.Stdout);
        Assert.Equal(HeldStatus.Approved, (await held.GetAsync(id, CancellationToken.None))!.Status);
        var again = Run("held", "approve", id);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("was approved", again.Stderr);
    }

    [Fact]
    public async Task KeysIssue_RefusesABidiBodyName_AndRevokeSaysHowLongOtherServersMayAcceptTheKey()
    {
        var storage = Storage();
        await storage.EnsureCreatedAsync();

        var refused = Run("keys", "issue", "--body", "\u202EODCA", "--kind", "sector-body");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("invisible formatting character", refused.Stderr);

        var (_, record) = await new ApiKeyStore(storage, TimeProvider.System).IssueAsync(new SubmittingBody("Revoke Test Body", "sector-body"));
        var revoke = Run("keys", "revoke", record.KeyId);
        Assert.Equal(0, revoke.ExitCode);
        Assert.Contains("up to 30 s more", revoke.Stderr);
    }
}
