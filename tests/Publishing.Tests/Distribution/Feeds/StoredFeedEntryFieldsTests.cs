using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Publishing.Distribution.Feeds;
using Publishing.Summaries.Issuing;
using Publishing.Summaries.Model;
using Publishing.Tests.Hosting;
using Publishing.Tests.Summaries;

namespace Publishing.Tests.Distribution.Feeds;

/// <summary>
/// Entry fields as a feed reader meets them, through the stored summaries on Azurite and the real API: published is
/// the report's date and updated the summary's last change, newest report first, a re-issue says so, the one
/// alternate link is the HTML page, and ids are tag URIs that do not move with the host name.
/// </summary>
[Collection(StorageCollection.Name)]
public sealed class StoredFeedEntryFieldsTests(AzuriteFixture azurite)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly DateTimeOffset Today = new(2025, 11, 14, 9, 0, 0, TimeSpan.Zero);

    private static async Task StoreAsync(TestServer server)
    {
        var versions = server.Services.GetRequiredService<SummaryVersionStore>();
        // A 2025 report issued in January and re-issued today; a 2015 report first summarised today.
        var recent = SummaryFixtures.Compose(SummaryFixtures.Corpus("knowsley-2025-01-20.pdf"), asAt: new DateTimeOffset(2025, 1, 20, 10, 0, 0, TimeSpan.Zero));
        Assert.True(await versions.TryAddAsync(recent));
        Assert.True(await versions.TryAddAsync(recent with { Version = 2, ChangeNote = "A statement from the council was added.", AsAt = Today.AddHours(-1) }));
        Assert.True(await versions.TryAddAsync(SummaryFixtures.Compose(SummaryFixtures.Corpus("darlington-2015-09-01.pdf"), asAt: Today.AddMinutes(-30))));
    }

    [SkippableFact]
    public async Task Feeds_OldReportComposedToday_IsDatedByTheReportAndSortsBelowNewerReports()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var storage = azurite.NewStorage();
        string[] firstIds;
        await using (var server = await TestServer.StartAsync(storage))
        {
            await StoreAsync(server);
            var feed = XDocument.Parse(await server.Client.GetStringAsync("/api/feeds/all.atom"));
            var entries = feed.Root!.Elements(Atom + "entry").ToList();
            Assert.Equal(["knowsley", "darlington"], entries.Select(e => e.Element(Atom + "title")!.Value.Replace("Updated: ", "").Split(' ')[0].ToLowerInvariant()));

            var (knowsley, darlington) = (entries[0], entries[1]);
            Assert.Equal("2015-09-01T00:00:00Z", darlington.Element(Atom + "published")!.Value);
            Assert.Equal("2025-11-14T08:30:00Z", darlington.Element(Atom + "updated")!.Value);
            Assert.Equal("2025-01-20T00:00:00Z", knowsley.Element(Atom + "published")!.Value);
            Assert.Equal("2025-11-14T08:00:00Z", knowsley.Element(Atom + "updated")!.Value);
            Assert.StartsWith("Updated: ", knowsley.Element(Atom + "title")!.Value, StringComparison.Ordinal);
            Assert.Contains(knowsley.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "reissue");
            Assert.DoesNotContain(darlington.Elements(Atom + "category"), c => (string?)c.Attribute("term") == "reissue");
            foreach (var entry in entries)
            {
                var alternate = Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") is null or "alternate");
                Assert.EndsWith(".html", (string)alternate.Attribute("href")!, StringComparison.Ordinal);
                Assert.Equal("text/html", (string?)alternate.Attribute("type"));
            }
            firstIds = [.. entries.Select(e => e.Element(Atom + "id")!.Value).Prepend(feed.Root!.Element(Atom + "id")!.Value)];
            // Minted once from the public address's host and the day of the first feed.
            Assert.All(firstIds, id => Assert.StartsWith("tag:127.0.0.1,2025-11-14:", id, StringComparison.Ordinal));

            using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/feeds/all.json"));
            var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(["2025-01-20T00:00:00Z", "2015-09-01T00:00:00Z"], items.Select(i => i.GetProperty("date_published").GetString()));
            Assert.Equal(["2025-11-14T08:00:00Z", "2025-11-14T08:30:00Z"], items.Select(i => i.GetProperty("date_modified").GetString()));
            Assert.All(items, i => Assert.EndsWith(".html", i.GetProperty("url").GetString(), StringComparison.Ordinal));
            Assert.Contains("Re-issue", items[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        }

        // The same storage served under another host name: every id stays as it was.
        await using (var moved = await TestServer.StartAsync(storage, o => o with { PublicBaseUrl = new Uri("https://press.example.org.uk/") }))
        {
            var feed = XDocument.Parse(await moved.Client.GetStringAsync("/api/feeds/all.atom"));
            Assert.Equal(firstIds, feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).Prepend(feed.Root!.Element(Atom + "id")!.Value));
            Assert.Contains("https://press.example.org.uk/", feed.Root!.Element(Atom + "entry")!.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Feeds_ConfiguredTagAuthority_MintsEveryId()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        Assert.True(FeedTag.TryParse("press.example.org.uk,2026-12-04", out var tag, out _));
        await using var server = await TestServer.StartAsync(azurite.NewStorage(), o => o with { FeedTag = tag });
        await StoreAsync(server);

        var feed = XDocument.Parse(await server.Client.GetStringAsync("/api/feeds/council/knowsley.atom"));

        Assert.Equal("tag:press.example.org.uk,2026-12-04:feed/council/knowsley", feed.Root!.Element(Atom + "id")!.Value);
        Assert.Equal("tag:press.example.org.uk,2026-12-04:summary/knowsley-2025-01-20", feed.Root!.Element(Atom + "entry")!.Element(Atom + "id")!.Value);
    }

    [Theory]
    [InlineData("press.example.org.uk,2026-12-04", true)]
    [InlineData("press-office@example.org.uk,2026", true)]
    [InlineData("press.example.org.uk", false)]
    [InlineData("press.example.org.uk,2026-13-01", false)]
    [InlineData("https://press.example.org.uk/,2026", false)]
    public void FeedTag_Parse_AcceptsOnlyAnRfc4151TaggingEntity(string text, bool valid)
    {
        Assert.Equal(valid, FeedTag.TryParse(text, out _, out var error));
        Assert.Equal(valid, error.Length == 0);
    }

    [SkippableFact]
    public async Task Summaries_IfModifiedSince_Answers304UntilANewVersion()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        await using var server = await TestServer.StartAsync(azurite.NewStorage());
        await StoreAsync(server);

        using var first = await server.Client.GetAsync("/api/summaries/darlington-2015-09-01.html");
        var lastModified = first.Content.Headers.LastModified!.Value;
        using var same = new HttpRequestMessage(HttpMethod.Get, "/api/summaries/darlington-2015-09-01.html");
        same.Headers.IfModifiedSince = lastModified;
        using var older = new HttpRequestMessage(HttpMethod.Get, "/api/summaries/darlington-2015-09-01.html");
        older.Headers.IfModifiedSince = lastModified.AddSeconds(-1);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await server.Client.SendAsync(same)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.SendAsync(older)).StatusCode);
    }
}
