using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Publishing.Distribution.Feeds;

namespace Publishing.Tests.Distribution.Feeds;

public class JsonFeedWriterTests
{
    private static readonly FeedOptions Options = TestEntries.Options;

    private static (byte[] Bytes, JsonElement Root) Render(IEnumerable<FeedEntry> entries, FeedAddress address, DateTimeOffset asAt)
    {
        var page = FeedPager.Page(entries, address, asAt, Options)!;
        var bytes = JsonFeedWriter.Write(page, Options);
        return (bytes, JsonDocument.Parse(bytes).RootElement);
    }

    [Fact]
    public void Write_Page_HasJsonFeed11RequiredFieldsAndUtcDates()
    {
        var (_, root) = Render(TestEntries.Many(25), new FeedAddress(FeedSlice.All, FeedFormat.Json), TestEntries.Start.AddYears(1));

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.False(string.IsNullOrWhiteSpace(root.GetProperty("title").GetString()));
        Assert.Equal("https://feeds.test.example/feeds/all.json", root.GetProperty("feed_url").GetString());
        Assert.Equal("https://feeds.test.example/feeds/all/page-2.json", root.GetProperty("next_url").GetString());
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(20, items.Count);
        var utc = new Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$");
        foreach (var item in items)
        {
            Assert.StartsWith("tag:publishing.example,2026:summary/", item.GetProperty("id").GetString());
            Assert.True(item.TryGetProperty("content_html", out _) || item.TryGetProperty("content_text", out _));
            Assert.Matches(utc, item.GetProperty("date_published").GetString()!);
            Assert.Matches(utc, item.GetProperty("date_modified").GetString()!);
            Assert.StartsWith("https://", item.GetProperty("url").GetString());
        }
        Assert.Equal(items.Count, items.Select(i => i.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void Write_Reissue_CarriesVersionAndChangeNote()
    {
        var entry = TestEntries.Make("Northmoor", "North West", "Good", TestEntries.Start, version: 2, updated: TestEntries.Start.AddDays(3));

        var (_, root) = Render([entry], new FeedAddress(FeedSlice.All, FeedFormat.Json), TestEntries.Start.AddDays(3));

        var extension = root.GetProperty("items")[0].GetProperty("_publishing");
        Assert.Equal(2, extension.GetProperty("version").GetInt32());
        Assert.Equal(entry.ChangeNote, extension.GetProperty("change_note").GetString());
        Assert.Equal("2026-03-05T09:30:00Z", root.GetProperty("items")[0].GetProperty("date_modified").GetString());
    }

    [Fact]
    public void Write_HostileText_IsEscapedInBytesAndIntactWhenParsed()
    {
        const string hostile = "<script>alert(1)</script> ]]> & \u0001 done";
        var entry = TestEntries.Make("Northmoor", "North West", "Good", TestEntries.Start, summary: hostile, title: hostile);

        var (bytes, root) = Render([entry], new FeedAddress(FeedSlice.All, FeedFormat.Json), TestEntries.Start);

        var text = Encoding.UTF8.GetString(bytes);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\u0001", text);
        Assert.Equal("<script>alert(1)</script> ]]> &  done", root.GetProperty("items")[0].GetProperty("content_text").GetString());
    }
}
