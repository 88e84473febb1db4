using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Publishing.Distribution.Feeds;

namespace Publishing.Tests.Distribution.Feeds;

public class AtomFeedWriterTests
{
    private static readonly FeedOptions Options = TestEntries.Options;

    private static XDocument Render(IEnumerable<FeedEntry> entries, FeedAddress address, DateTimeOffset asAt)
    {
        var page = FeedPager.Page(entries, address, asAt, Options)!;
        using var stream = new MemoryStream(AtomFeedWriter.Write(page, Options));
        return XDocument.Load(stream);
    }

    [Fact]
    public void Write_EntriesWithLocalOffsets_MeetsRfc4287AndWritesUtcWithZ()
    {
        var bst = TimeSpan.FromHours(1);
        var entries = TestEntries.Many(7)
            .Select(e => e with { Published = e.Published.ToOffset(bst), Updated = e.Updated.ToOffset(bst), AvailableFrom = e.AvailableFrom.ToOffset(bst) })
            .ToList();

        var doc = Render(entries, new FeedAddress(FeedSlice.All, FeedFormat.Atom), TestEntries.Start.AddYears(1));

        Assert.Empty(AtomRules.Violations(doc));
        Assert.Equal(7, doc.Root!.Elements(AtomRules.Atom + "entry").Count());
        Assert.Equal("2026-03-08T09:30:00Z", doc.Root.Element(AtomRules.Atom + "updated")!.Value);
    }

    [Fact]
    public void Write_Entry_CarriesHtmlContentPlainSummaryAndLinkPerForm()
    {
        var entry = TestEntries.Make("Northmoor", "North West", "Good", TestEntries.Start);

        var atomEntry = Render([entry], new FeedAddress(FeedSlice.All, FeedFormat.Atom), TestEntries.Start).Root!
            .Element(AtomRules.Atom + "entry")!;

        Assert.Equal(entry.Id, atomEntry.Element(AtomRules.Atom + "id")!.Value);
        var content = atomEntry.Element(AtomRules.Atom + "content")!;
        Assert.Equal("html", (string?)content.Attribute("type"));
        Assert.Equal(entry.HtmlContent, content.Value);
        var summary = atomEntry.Element(AtomRules.Atom + "summary")!;
        Assert.Equal("text", (string?)summary.Attribute("type") ?? "text");
        Assert.Equal(entry.TextSummary, summary.Value);
        Assert.Equal("2026-03-02T09:30:00Z", atomEntry.Element(AtomRules.Atom + "published")!.Value);
        var links = atomEntry.Elements(AtomRules.Atom + "link")
            .Select(l => ((string?)l.Attribute("rel"), (string?)l.Attribute("type"), (string?)l.Attribute("href"))).ToList();
        // The HTML page is the only alternate, so a reader's entry link is the page; the other forms are related.
        Assert.Equal([("alternate", "text/html", entry.Links.Html.AbsoluteUri)], links.Where(l => l.Item1 == "alternate"));
        Assert.Contains(("related", "text/markdown", entry.Links.Markdown.AbsoluteUri), links);
        Assert.Contains(("related", "text/plain", entry.Links.Text.AbsoluteUri), links);
        Assert.Contains(("related", "application/json", entry.Links.Json.AbsoluteUri), links);
        Assert.Contains(("related", "application/pdf", entry.Links.ReportPdf.AbsoluteUri), links);
        Assert.Equal("Publishing", atomEntry.Element(AtomRules.Atom + "author")!.Element(AtomRules.Atom + "name")!.Value);
    }

    [Fact]
    public void Write_CouncilSlice_EchoesFilterInTitleAndIdAndLinksSelf()
    {
        var doc = Render(TestEntries.Many(10), new FeedAddress(FeedSlice.Council("eastbridge"), FeedFormat.Atom), TestEntries.Start.AddYears(1));

        var feed = doc.Root!;
        Assert.EndsWith("council: Eastbridge", feed.Element(AtomRules.Atom + "title")!.Value);
        Assert.Equal("tag:publishing.example,2026:feed/council/eastbridge", feed.Element(AtomRules.Atom + "id")!.Value);
        var self = feed.Elements(AtomRules.Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal("https://feeds.test.example/feeds/council/eastbridge.atom", (string?)self.Attribute("href"));
        Assert.All(feed.Elements(AtomRules.Atom + "entry"), e =>
            Assert.Contains(e.Elements(AtomRules.Atom + "category"), c => (string?)c.Attribute("term") == "eastbridge"));
    }

    [Fact]
    public void Write_Output_ReadsBackThroughSyndication()
    {
        var page = FeedPager.Page(TestEntries.Many(3), new FeedAddress(FeedSlice.All, FeedFormat.Atom), TestEntries.Start.AddYears(1), Options)!;
        using var reader = XmlReader.Create(new MemoryStream(AtomFeedWriter.Write(page, Options)));

        var feed = SyndicationFeed.Load(reader);

        Assert.Equal(3, feed.Items.Count());
        Assert.Equal(page.Entries.Select(e => e.Id), feed.Items.Select(i => i.Id));
    }

    [Fact]
    public void Write_HostileText_StaysInertAndWellFormed()
    {
        const string hostile = "<script>alert('x')</script> ]]> & \u0001\u0008 \uD800 Tom & Jerry's \"council\"";
        var entry = TestEntries.Make("Northmoor", "North West", "Good", TestEntries.Start, summary: hostile, title: hostile) with
        {
            HtmlContent = "<p>" + hostile + "</p>",
            ChangeNote = hostile,
        };

        var doc = Render([entry], new FeedAddress(FeedSlice.All, FeedFormat.Atom), TestEntries.Start);

        Assert.Empty(AtomRules.Violations(doc));
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "script");
        var atomEntry = doc.Root!.Element(AtomRules.Atom + "entry")!;
        const string cleaned = "<script>alert('x')</script> ]]> &   Tom & Jerry's \"council\"";
        Assert.Equal(cleaned, atomEntry.Element(AtomRules.Atom + "title")!.Value);
        Assert.Equal(cleaned, atomEntry.Element(AtomRules.Atom + "summary")!.Value);
        Assert.Equal(cleaned, atomEntry.Element(XName.Get("changeNote", AtomFeedWriter.ExtensionNamespace))!.Value);
    }
}
