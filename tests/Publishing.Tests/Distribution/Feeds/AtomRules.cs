using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Publishing.Tests.Distribution.Feeds;

/// <summary>
/// An independent check of RFC 4287's required elements, read with XDocument rather than the Syndication library
/// that wrote the feed. Returns every violation found.
/// </summary>
internal static partial class AtomRules
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static List<string> Violations(XDocument document)
    {
        var problems = new List<string>();
        var feed = document.Root;
        if (feed?.Name != Atom + "feed") return ["root is not atom:feed"];
        RequireOne(feed, "id", "feed", problems);
        RequireOne(feed, "title", "feed", problems);
        RequireOne(feed, "updated", "feed", problems);
        var feedHasAuthor = feed.Elements(Atom + "author").Any(a => a.Element(Atom + "name") is { Value.Length: > 0 });
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            var id = entry.Element(Atom + "id")?.Value ?? "(no id)";
            RequireOne(entry, "id", $"entry {id}", problems);
            RequireOne(entry, "title", $"entry {id}", problems);
            RequireOne(entry, "updated", $"entry {id}", problems);
            if (!ids.Add(id)) problems.Add($"duplicate entry id {id}");
            if (!feedHasAuthor && !entry.Elements(Atom + "author").Any())
                problems.Add($"entry {id} has no author and neither does the feed");
            var hasAlternate = entry.Elements(Atom + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate");
            if (!hasAlternate && entry.Element(Atom + "content") is null)
                problems.Add($"entry {id} has neither content nor an alternate link");
            if (!Uri.TryCreate(id, UriKind.Absolute, out _)) problems.Add($"entry id {id} is not an absolute IRI");
        }
        foreach (var date in document.Descendants().Where(e => e.Name == Atom + "updated" || e.Name == Atom + "published"))
        {
            if (!UtcDate().IsMatch(date.Value)) problems.Add($"{date.Name.LocalName} '{date.Value}' is not a UTC RFC 3339 timestamp");
        }
        return problems;
    }

    private static void RequireOne(XElement parent, string name, string where, List<string> problems)
    {
        var count = parent.Elements(Atom + name).Count();
        if (count != 1) problems.Add($"{where} has {count} atom:{name} elements; exactly one is required");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
    private static partial Regex UtcDate();
}
