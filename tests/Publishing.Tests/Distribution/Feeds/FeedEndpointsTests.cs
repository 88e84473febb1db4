using System.Net;
using System.Net.Http.Headers;
using System.ServiceModel.Syndication;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Publishing.Distribution.Feeds;

namespace Publishing.Tests.Distribution.Feeds;

public sealed class FeedEndpointsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(TestEntries.Start.AddDays(40));
    private readonly List<FeedEntry> _entries = TestEntries.Many(30);
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    private sealed class ListSource(List<FeedEntry> entries) : IFeedEntrySource
    {
        public Task<IReadOnlyList<FeedEntry>> GetEntriesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<FeedEntry>>(entries.ToList());
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapFeeds(new ListSource(_entries), TestEntries.Options, _time);
        await _app.StartAsync();
        _client = new HttpClient { BaseAddress = new Uri(_app.Urls.Single()) };
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("/feeds/region/yorkshire-and-the-humber.atom", "/feeds/region/north-east-yorkshire-and-the-humber.atom")]
    [InlineData("/feeds/region/north-east/page-2.json", "/feeds/region/north-east-yorkshire-and-the-humber/page-2.json")]
    public async Task Get_OldRegionSlug_Answers301ToOfstedsRegion(string old, string moved)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _client.BaseAddress };

        using var response = await client.GetAsync(old);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(moved, response.Headers.Location!.OriginalString);
        using var current = await _client.GetAsync("/feeds/region/london.atom");
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
    }

    [Fact]
    public async Task Get_ThenConditionalGet_Answers200Then304()
    {
        using var first = await _client.GetAsync("/feeds/region/london.atom");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/region/london.atom");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/atom+xml", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TimeSpan.FromMinutes(5), first.Headers.CacheControl!.MaxAge);
        var feed = SyndicationFeed.Load(XmlReader.Create(await first.Content.ReadAsStreamAsync()));
        Assert.Equal(6, feed.Items.Count());
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_AfterNewEntryAndEmbargoLift_OldETagNoLongerMatches()
    {
        using var first = await _client.GetAsync("/feeds/all.json");
        var release = _time.GetUtcNow().AddMinutes(30);
        _entries.Add(TestEntries.Make("Westhaven", "South West", "Good", _time.GetUtcNow(), availableFrom: release));

        using var during = await SendIfNoneMatch("/feeds/all.json", first.Headers.ETag!);
        _time.Advance(TimeSpan.FromMinutes(30));
        using var after = await SendIfNoneMatch("/feeds/all.json", first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, during.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("westhaven-2026-04-11", await after.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/feeds/all/page-3.atom")]
    [InlineData("/feeds/town/northmoor.atom")]
    [InlineData("/feeds/all.rss")]
    public async Task Get_UnknownPageOrPath_Answers404(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendIfNoneMatch(string path, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return await _client.SendAsync(request);
    }
}
