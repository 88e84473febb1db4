using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// Writes a <see cref="FeedPage"/> as Atom 1.0 (RFC 4287) through System.ServiceModel.Syndication, with RFC 5005
/// paging links. The same page always gives the same bytes: no clock is read, timestamps are UTC whole seconds.
/// Each entry carries its HTML as <c>content type="html"</c>, the plain-text summary as <c>summary</c>, an alternate
/// link per summary form, a related link to the report PDF, categories for council/region/grade, and the version and
/// change note as <c>p:version</c>/<c>p:changeNote</c> extension elements.
/// </summary>
public static class AtomFeedWriter
{
    public const string ExtensionNamespace = "urn:publishing:distribution";
    public const string MediaType = "application/atom+xml";

    public static byte[] Write(FeedPage page, FeedOptions options)
    {
        var feed = new SyndicationFeed(
            FeedText.Clean(page.Title), description: null, feedAlternateLink: null, page.Id, page.Updated)
        {
            Items = page.Entries.Select(e => ToItem(e, options)).ToList(),
        };
        feed.Authors.Add(new SyndicationPerson(null, FeedText.Clean(options.AuthorName), null));
        feed.Links.Add(Link(page.Self, "self", MediaType));
        feed.Links.Add(Link(page.First, "first", MediaType));
        if (page.Previous is not null) feed.Links.Add(Link(page.Previous, "previous", MediaType));
        if (page.Next is not null) feed.Links.Add(Link(page.Next, "next", MediaType));
        feed.Links.Add(Link(page.Last, "last", MediaType));

        using var buffer = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            feed.GetAtom10Formatter().WriteTo(writer);
        }
        return buffer.ToArray();
    }

    private static SyndicationItem ToItem(FeedEntry entry, FeedOptions options)
    {
        var item = new SyndicationItem
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(FeedText.Clean(entry.Title)),
            PublishDate = FeedTime.ToWholeSecondsUtc(entry.Published),
            LastUpdatedTime = FeedTime.ToWholeSecondsUtc(entry.Updated),
            Content = new TextSyndicationContent(FeedText.Clean(entry.HtmlContent), TextSyndicationContentKind.Html),
            Summary = new TextSyndicationContent(FeedText.Clean(entry.TextSummary)),
        };
        item.Authors.Add(new SyndicationPerson(null, FeedText.Clean(options.AuthorName), null));
        // The HTML page is the one alternate, so readers (feedparser's entry.link) open it; the other forms are related.
        item.Links.Add(Link(entry.Links.Html, "alternate", "text/html"));
        item.Links.Add(Link(entry.Links.Markdown, "related", "text/markdown", "Summary (Markdown)"));
        item.Links.Add(Link(entry.Links.Text, "related", "text/plain", "Summary (plain text)"));
        item.Links.Add(Link(entry.Links.Json, "related", "application/json", "Summary (JSON)"));
        item.Links.Add(Link(entry.Links.ReportPdf, "related", "application/pdf", "Ofsted inspection report"));
        item.Categories.Add(Category(options, "council", entry.CouncilKey, entry.CouncilName));
        if (entry.Region is not null) item.Categories.Add(Category(options, "region", entry.RegionSlug!, entry.Region));
        item.Categories.Add(entry.OverallGrade is null
            ? Category(options, "grade", FeedSlice.NoGrade, "No overall grade")
            : Category(options, "grade", entry.GradeSlug!, entry.OverallGrade));
        if (entry.IsReissue) item.Categories.Add(Category(options, "issue", "reissue", "Re-issue"));
        item.ElementExtensions.Add(Extension("version", entry.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (entry.ChangeNote is not null) item.ElementExtensions.Add(Extension("changeNote", FeedText.Clean(entry.ChangeNote)));
        return item;
    }

    private static SyndicationLink Link(Uri uri, string rel, string mediaType, string? title = null) =>
        new(uri, rel, title, mediaType, 0);

    private static SyndicationCategory Category(FeedOptions options, string kind, string term, string label) =>
        new(term, new Uri(options.BaseUri, $"feeds/{kind}/").AbsoluteUri, FeedText.Clean(label));

    private static XmlReader Extension(string name, string value) =>
        new XElement(XName.Get(name, ExtensionNamespace), value).CreateReader();
}
