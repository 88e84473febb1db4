using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Distribution.Feeds;
using Publishing.Statements;
using Publishing.Statements.Keys;
using Publishing.Summaries.Context;
using Publishing.Tests.Distribution;
using Publishing.Tests.Hosting;
using static Publishing.Tests.Security.SecurityApi;

namespace Publishing.Tests.Security;

/// <summary>
/// Issue 17 item 3: memory that anyone can grow without a key. Odd feed paths and made-up councils, regions and
/// grades are refused before anything is kept; the rendered-feed and API-key caches stay within their bounds
/// whatever sequence of paths or keys arrives (entries counted, not process memory).
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class BoundedCacheAttackTests(AzuriteFixture azurite)
{
    // Fictional councils: Northmoor exists, and so does Eastfold with no summary yet.
    private static readonly CouncilRegions Lookup = new([
        new OutcomesCouncil("E00000001", "Northmoor", "northmoor", true, "North West", []),
        new OutcomesCouncil("E00000002", "Eastfold", "eastfold", true, "East Midlands", []),
    ]);

    [Fact]
    public async Task FeedPaths_OddFormsAndUnknownPlacesAre404_AndNothingIsKeptForThem()
    {
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { RunsPipelineLocally = true },
            s => s.AddSingleton<IKnownPlaces>(new OutcomesPlaces(Lookup)));
        await UploadSampleReportAsync(server);
        await WaitForSummaryAsync(server);
        await WaitForAsync(async () => (await server.Client.GetAsync("/api/feeds/all.atom")).Content.Headers.ContentLength > 1000);

        string[] odd = ["//all.atom//", "all.atom/", "feeds/all.atom", "all.atom.atom", "all/page-01.atom", "ALL.atom", "council//northmoor.atom"];
        var hostile = odd.Concat(Enumerable.Range(0, 400).SelectMany(i => new[]
        {
            $"council/nowhere-{i}.atom", $"region/atlantis-{i}.json", $"grade/brilliant-{i}.atom", $"all/page-{i + 2}.json",
        })).ToList();
        var answers = new List<(string Path, HttpStatusCode Status)>();
        await Parallel.ForEachAsync(hostile, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (path, ct) =>
        {
            using var response = await server.Client.GetAsync("/api/feeds/" + path, ct);
            lock (answers) answers.Add((path, response.StatusCode));
        });
        var answered = answers.Where(a => a.Status != HttpStatusCode.NotFound).Select(a => $"{a.Path}: {(int)a.Status}").ToList();
        Assert.True(answered.Count == 0, string.Join("; ", answered));

        var cache = server.Services.GetRequiredService<RenderedFeedCache>();
        Assert.True(cache.Count <= 2, $"{cache.Count} rendered pages kept after {hostile.Count} requests for pages that do not exist");

        using var known = await server.Client.GetAsync("/api/feeds/council/northmoor.atom");
        using var existsButEmpty = await server.Client.GetAsync("/api/feeds/council/eastfold.json");
        using var region = await server.Client.GetAsync("/api/feeds/region/east-midlands.atom");
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Equal(HttpStatusCode.OK, existsButEmpty.StatusCode);
        Assert.Equal(HttpStatusCode.OK, region.StatusCode);
        Assert.Contains("\"items\":[]", (await existsButEmpty.Content.ReadAsStringAsync()).Replace(" ", ""));
    }

    [Fact]
    public void RenderedFeedCache_ManyDistinctPages_StaysWithinItsEntryAndByteBounds()
    {
        var options = new FeedOptions { BaseUri = TestEntries.Options.BaseUri, PageSize = 1, RenderCacheEntries = 40, RenderCacheBytes = 30_000 };
        var entries = TestEntries.Many(300);
        var renderer = new FeedRenderer(options);
        var cache = new RenderedFeedCache(options);
        var now = TestEntries.Start.AddDays(400);
        var maxCount = 0;
        long maxBytes = 0;
        for (var page = 1; page <= 300; page++)
            foreach (var format in new[] { FeedFormat.Atom, FeedFormat.Json })
            {
                var address = new FeedAddress(FeedSlice.All, format, page);
                Assert.NotNull(cache.GetOrRender(address, entries, now, () => renderer.Render(entries, address, now)));
                maxCount = Math.Max(maxCount, cache.Count);
                maxBytes = Math.Max(maxBytes, cache.Bytes);
            }
        Assert.InRange(maxCount, 1, 40);
        Assert.InRange(maxBytes, 1, 30_000);
    }

    [Fact]
    public async Task ApiKeyCache_ManyRandomKeys_StaysWithinItsBound_AndTheRealKeyStillWorks()
    {
        var storage = new Publishing.Storage.PublishingStorage(azurite.NewStorage());
        await storage.EnsureCreatedAsync();
        var keys = new ApiKeyStore(storage, TimeProvider.System) { MaxCachedKeys = 50 };
        var (real, _) = await keys.IssueAsync(new SubmittingBody("ADCS", "sector-body"));
        Assert.NotNull(await keys.AuthenticateAsync(real.ToString()));

        var maxCount = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            Assert.Null(await keys.AuthenticateAsync(ApiKeySecret.Generate().ToString(), ct));
            Assert.Null(await keys.AuthenticateAsync($"pk_{new string('z', 150)}{i}_x", ct)); // not a key id's shape: not even looked up
            lock (keys) maxCount = Math.Max(maxCount, keys.CachedKeyCount);
        });
        Assert.InRange(maxCount, 1, 50);
        Assert.NotNull(await keys.AuthenticateAsync(real.ToString()));
    }

    private static async Task WaitForAsync(Func<Task<bool>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await probe())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("not within 60 s");
            await Task.Delay(200);
        }
    }
}
