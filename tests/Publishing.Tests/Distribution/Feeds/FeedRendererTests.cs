using System.Xml.Linq;
using Publishing.Distribution.Feeds;

namespace Publishing.Tests.Distribution.Feeds;

public class FeedRendererTests
{
    private static readonly FeedRenderer Renderer = new(TestEntries.Options);

    [Theory]
    [InlineData(FeedFormat.Atom)]
    [InlineData(FeedFormat.Json)]
    public void Render_SameInputTwice_GivesSameBytesAndStrongETag(FeedFormat format)
    {
        var address = new FeedAddress(FeedSlice.All, format);
        var asAt = TestEntries.Start.AddYears(1);

        var first = Renderer.Render(TestEntries.Many(30), address, asAt)!;
        var second = Renderer.Render(TestEntries.Many(30).AsEnumerable().Reverse(), address, asAt.AddDays(3))!;

        Assert.Equal(first.Content, second.Content);
        Assert.Equal(first.ETag, second.ETag);
        Assert.Matches("^\"[A-Za-z0-9_-]{43}\"$", first.ETag);
        Assert.Equal(FeedDocument.StrongETag(first.Content), first.ETag);
    }

    [Fact]
    public void Render_Reissue_KeepsIdBumpsUpdatedAndChangesETag()
    {
        var entries = TestEntries.Many(4);
        var address = new FeedAddress(FeedSlice.All, FeedFormat.Atom);
        var before = Renderer.Render(entries, address, TestEntries.Start.AddYears(1))!;
        var original = entries[1];
        var reissued = original with { Version = 2, Updated = TestEntries.Start.AddDays(20), ChangeNote = "Corrected the publication date." };

        var after = Renderer.Render(entries.Append(reissued), address, TestEntries.Start.AddYears(1))!;

        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Equal(TestEntries.Start.AddDays(20), after.LastModified);
        var feed = XDocument.Load(new MemoryStream(after.Content)).Root!;
        var atomEntries = feed.Elements(AtomRules.Atom + "entry").ToList();
        Assert.Equal(4, atomEntries.Count);
        // A re-issue keeps its place among the reports by their publication: it is not new news.
        Assert.Equal(atomEntries.Select(e => e.Element(AtomRules.Atom + "published")!.Value).OrderDescending(StringComparer.Ordinal), atomEntries.Select(e => e.Element(AtomRules.Atom + "published")!.Value));
        var top = Assert.Single(atomEntries, e => e.Element(AtomRules.Atom + "id")!.Value == original.Id);
        Assert.Equal("2026-03-22T09:30:00Z", top.Element(AtomRules.Atom + "updated")!.Value);
        Assert.Equal("2026-03-03T09:30:00Z", top.Element(AtomRules.Atom + "published")!.Value);
        Assert.Equal("2", top.Element(XName.Get("version", AtomFeedWriter.ExtensionNamespace))!.Value);
        Assert.Equal("2026-03-22T09:30:00Z", feed.Element(AtomRules.Atom + "updated")!.Value);
    }

    [Fact]
    public void Render_EmbargoLifts_ChangesETagAndLastModified()
    {
        var release = TestEntries.Start.AddDays(30);
        var entries = TestEntries.Many(3).Append(
            TestEntries.Make("Westhaven", "South West", "Inadequate", TestEntries.Start.AddDays(1), availableFrom: release)).ToList();
        var address = new FeedAddress(FeedSlice.Council("westhaven"), FeedFormat.Json);

        var before = Renderer.Render(entries, address, release.AddSeconds(-1))!;
        var after = Renderer.Render(entries, address, release)!;

        Assert.NotEqual(before.ETag, after.ETag);
        Assert.True(after.LastModified > before.LastModified);
        Assert.Contains("westhaven-2026-03-03", System.Text.Encoding.UTF8.GetString(after.Content));
        Assert.DoesNotContain("westhaven-2026-03-03", System.Text.Encoding.UTF8.GetString(before.Content));
    }

    [Fact]
    public void Render_PagePastTheLast_IsNull() =>
        Assert.Null(Renderer.Render(TestEntries.Many(3), new FeedAddress(FeedSlice.All, FeedFormat.Atom, 2), TestEntries.Start.AddYears(1)));
}
