using Publishing.Distribution.Feeds;

namespace Publishing.Tests.Distribution.Feeds;

public class FeedPagerTests
{
    private static readonly FeedOptions Options = TestEntries.Options;
    private static readonly DateTimeOffset Later = TestEntries.Start.AddYears(1);

    [Fact]
    public void Page_45EntriesOf20_GivesThreePagesWithRfc5005LinksAndEveryEntryOnce()
    {
        var entries = TestEntries.Many(45);
        var address = new FeedAddress(FeedSlice.All, FeedFormat.Atom);

        var pages = Enumerable.Range(1, 3).Select(n => FeedPager.Page(entries, address.WithPage(n), Later, Options)!).ToList();

        Assert.All(pages, p => Assert.Equal(3, p.PageCount));
        Assert.Equal([20, 20, 5], pages.Select(p => p.Entries.Count));
        Assert.Null(pages[0].Previous);
        Assert.Equal("https://feeds.test.example/feeds/all/page-2.atom", pages[0].Next!.AbsoluteUri);
        Assert.Equal("https://feeds.test.example/feeds/all.atom", pages[1].Previous!.AbsoluteUri);
        Assert.Equal("https://feeds.test.example/feeds/all/page-3.atom", pages[1].Next!.AbsoluteUri);
        Assert.Null(pages[2].Next);
        Assert.All(pages, p => Assert.Equal("https://feeds.test.example/feeds/all.atom", p.First.AbsoluteUri));
        Assert.All(pages, p => Assert.Equal("https://feeds.test.example/feeds/all/page-3.atom", p.Last.AbsoluteUri));
        var all = pages.SelectMany(p => p.Entries).ToList();
        Assert.Equal(45, all.Select(e => e.Id).Distinct().Count());
        Assert.Equal(all.OrderByDescending(e => e.Updated).Select(e => e.Id), all.Select(e => e.Id));
        Assert.Null(FeedPager.Page(entries, address.WithPage(4), Later, Options));
    }

    [Theory]
    [InlineData("council/southvale", 4)]
    [InlineData("region/london", 4)]
    [InlineData("grade/inadequate", 4)]
    [InlineData("grade/none", 4)]
    [InlineData("grade/requires-improvement-to-be-good", 4)]
    [InlineData("all", 20)]
    public void Page_Slice_HoldsOnlyMatchingEntries(string path, int expected)
    {
        Assert.True(FeedSlice.TryParse(path, out var slice));
        var entries = TestEntries.Many(20);

        var page = FeedPager.Page(entries, new FeedAddress(slice, FeedFormat.Json), Later, Options)!;

        Assert.Equal(expected, page.Entries.Count);
        Assert.All(page.Entries, e => Assert.True(slice.Matches(e)));
        Assert.Equal(entries.Count(slice.Matches), page.TotalEntries);
    }

    [Fact]
    public void Page_EmbargoedEntry_LeftOutUntilItsInstantThenShown()
    {
        var release = TestEntries.Start.AddDays(10);
        var embargoed = TestEntries.Make("Westhaven", "South West", "Inadequate", TestEntries.Start.AddDays(2), availableFrom: release);
        var entries = TestEntries.Many(3).Append(embargoed).ToList();
        var address = new FeedAddress(FeedSlice.All, FeedFormat.Atom);

        var before = FeedPager.Page(entries, address, release.AddTicks(-1), Options)!;
        var after = FeedPager.Page(entries, address, release, Options)!;

        Assert.DoesNotContain(before.Entries, e => e.Id == embargoed.Id);
        Assert.Contains(after.Entries, e => e.Id == embargoed.Id);
        Assert.Equal(release, after.Updated);
    }

    [Fact]
    public void Page_EmbargoedReissue_KeepsPreviousVersionShowing()
    {
        var first = TestEntries.Make("Northmoor", "North West", "Good", TestEntries.Start);
        var reissue = TestEntries.Make("Northmoor", "North West", "Good", TestEntries.Start, version: 2,
            updated: TestEntries.Start.AddDays(1), availableFrom: TestEntries.Start.AddDays(5));

        var shown = FeedPager.Page([first, reissue], new FeedAddress(FeedSlice.All, FeedFormat.Atom), TestEntries.Start.AddDays(2), Options)!;

        Assert.Equal(1, Assert.Single(shown.Entries).Version);
    }

    [Theory]
    [InlineData("feeds/all.atom", "all", FeedFormat.Atom, 1)]
    [InlineData("council/northmoor/page-3.json", "council/northmoor", FeedFormat.Json, 3)]
    [InlineData("/feeds/grade/requires-improvement-to-be-good.json", "grade/requires-improvement-to-be-good", FeedFormat.Json, 1)]
    public void FeedAddress_TryParse_ReadsItsOwnPaths(string path, string slice, FeedFormat format, int page)
    {
        Assert.True(FeedAddress.TryParse(path, out var address));
        Assert.Equal((slice, format, page), (address.Slice.Path, address.Format, address.Page));
        Assert.True(FeedAddress.TryParse(address.RelativePath, out var again));
        Assert.Equal(address, again);
    }

    [Theory]
    [InlineData("all.xml")]
    [InlineData("council/North Moor.atom")]
    [InlineData("council/northmoor/page-1.atom")]
    [InlineData("council/northmoor/page-02.atom")]
    [InlineData("town/northmoor.atom")]
    [InlineData("council/../all.atom")]
    public void FeedAddress_TryParse_RefusesOtherPaths(string path) => Assert.False(FeedAddress.TryParse(path, out _));
}
