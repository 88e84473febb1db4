using System.Text;
using System.Text.RegularExpressions;

namespace Publishing.Reports.Provenance;

/// <summary>
/// Says whether anything appended to a PDF after its original revision changes what its pages show. A PDF can be
/// changed by appending objects and a new cross-reference section (an incremental update), so a real report plus 4 KB
/// can show other grades. The original ends at its first <c>%%EOF</c> (a linearized file's at its second: the first
/// closes the first-page section). Appended objects that are only metadata (an XMP <c>/Metadata</c> stream, the
/// trailer's <c>/Info</c> dictionary), cross-reference streams, a catalog keeping the same page tree, and empty
/// updates (Word writes one) change nothing shown; any other object, an object stream (whose contents are not
/// examined), or an xref entry pointing an object at a different earlier definition, does.
/// </summary>
public static partial class IncrementalUpdates
{
    /// <summary>At most this many xref entries of the updates are checked against the original (an update listing more
    /// is flagged for that alone): each check reads a few bytes, but an attacker chooses how many there are.</summary>
    public const int MaxEntriesChecked = 100_000;

    public static IncrementalUpdateCheck Check(ReadOnlyMemory<byte> pdf)
    {
        var ends = EndsOfFile(pdf.Span);
        if (ends.Count == 0) return IncrementalUpdateCheck.None;
        var linearized = Linearized().IsMatch(Encoding.Latin1.GetString(pdf.Span[..Math.Min(pdf.Length, 1024)]));
        var originalEnd = linearized && ends.Count > 1 ? ends[1] : ends[0];
        var appended = Encoding.Latin1.GetString(pdf.Span[originalEnd..]);
        var updates = ends.Count(e => e > originalEnd);
        if (appended.Trim().Length == 0) return IncrementalUpdateCheck.None;

        // The original is decoded only if an update holds a catalog to compare or entries to check, not for every PDF.
        var original = new Lazy<string>(() => Encoding.Latin1.GetString(pdf.Span[..originalEnd]));
        var info = InfoReference().Matches(appended).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var changes = new List<string>();
        var objects = ObjectHeader().Matches(appended);
        for (var i = 0; i < objects.Count; i++)
        {
            var number = objects[i].Groups[1].Value;
            var bodyEnd = i + 1 < objects.Count ? objects[i + 1].Index : appended.Length;
            var body = appended[objects[i].Index..bodyEnd];
            var endobj = body.IndexOf("endobj", StringComparison.Ordinal);
            if (endobj >= 0) body = body[..endobj];
            if (WhyContent(number, Dictionary(body), info, original) is { } why) changes.Add($"object {number} ({why})");
        }
        changes.AddRange(RepointedEntries(appended, original, originalEnd));
        return new IncrementalUpdateCheck(updates, changes);
    }

    private static List<int> EndsOfFile(ReadOnlySpan<byte> pdf)
    {
        var ends = new List<int>();
        for (var from = 0; from < pdf.Length;)
        {
            var at = pdf[from..].IndexOf("%%EOF"u8);
            if (at < 0) break;
            ends.Add(from + at + 5);
            from += at + 5;
        }
        return ends;
    }

    private static string? WhyContent(string number, string dictionary, HashSet<string> info, Lazy<string> original)
    {
        if (TypeIs(dictionary, "Metadata") || TypeIs(dictionary, "XRef") || info.Contains(number)) return null;
        if (TypeIs(dictionary, "ObjStm")) return "an object stream, whose objects are not examined";
        if (TypeIs(dictionary, "Catalog"))
        {
            var pages = PagesReference().Match(dictionary);
            var before = CatalogPages(original.Value);
            return pages.Success && before is not null && pages.Groups[1].Value == before ? null : "a catalog with another page tree";
        }
        var type = TypeName().Match(dictionary);
        return type.Success ? $"/Type /{type.Groups[1].Value}" : dictionary.Contains("/Length", StringComparison.Ordinal) ? "a stream" : "an object";
    }

    /// <summary>The page tree the original's last catalog names, where the catalog is stored as a plain object.</summary>
    private static string? CatalogPages(string original)
    {
        string? pages = null;
        foreach (Match catalog in CatalogType().Matches(original))
        {
            var start = original.LastIndexOf(" obj", catalog.Index, StringComparison.Ordinal);
            var end = original.IndexOf("endobj", catalog.Index, StringComparison.Ordinal);
            if (start < 0 || end < 0) continue;
            var reference = PagesReference().Match(original, start, end - start);
            if (reference.Success) pages = reference.Groups[1].Value;
        }
        return pages;
    }

    /// <summary>In-use entries of a classic xref table in the update that point an object at an offset in the original
    /// where a different object is defined.</summary>
    private static IEnumerable<string> RepointedEntries(string appended, Lazy<string> original, int originalEnd)
    {
        var checkedEntries = 0;
        foreach (Match table in XrefTable().Matches(appended))
        {
            var lines = table.Value.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
            long first = 0;
            foreach (var line in lines)
            {
                var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 2 && long.TryParse(parts[0], out var start)) { first = start; continue; }
                if (parts.Length == 3 && parts[2] == "n" && long.TryParse(parts[0], out var offset) && offset < originalEnd)
                {
                    if (++checkedEntries > MaxEntriesChecked)
                    {
                        yield return $"more than {MaxEntriesChecked:N0} xref entries pointing into the original";
                        yield break;
                    }
                    // Only the header at that very offset counts: a few bytes, never a scan onwards through the file.
                    var header = ObjectHeader().Match(original.Value, (int)offset, Math.Min(40, originalEnd - (int)offset));
                    if (!header.Success || header.Index != offset || header.Groups[1].Value != first.ToString(System.Globalization.CultureInfo.InvariantCulture))
                        yield return $"an xref entry pointing object {first} at offset {offset} of the original";
                }
                if (parts.Length == 3) first++;
            }
        }
    }

    private static string Dictionary(string body)
    {
        var stream = body.IndexOf("stream", StringComparison.Ordinal);
        return stream >= 0 ? body[..stream] : body;
    }

    private static bool TypeIs(string dictionary, string type) =>
        TypeName().Matches(dictionary).Any(m => m.Groups[1].Value == type);

    [GeneratedRegex(@"/Linearized\b")]
    private static partial Regex Linearized();

    [GeneratedRegex(@"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Info\s+(\d{1,10})\s+\d{1,5}\s+R")]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"/Type\s*/([A-Za-z]+)")]
    private static partial Regex TypeName();

    [GeneratedRegex(@"/Pages\s+(\d{1,10}\s+\d{1,5})\s+R")]
    private static partial Regex PagesReference();

    [GeneratedRegex(@"/Type\s*/Catalog\b")]
    private static partial Regex CatalogType();

    [GeneratedRegex(@"(?<![A-Za-z])xref\s*[\r\n]+(?:\d+ \d+\s*[\r\n]+(?:\d{10} \d{5} [nf]\s*[\r\n]*)*)+")]
    private static partial Regex XrefTable();
}

/// <summary>How many updates follow a PDF's original revision, and what in them changes what the pages show (none: nothing).</summary>
public sealed record IncrementalUpdateCheck(int Updates, IReadOnlyList<string> ContentChanges)
{
    public static IncrementalUpdateCheck None { get; } = new(0, []);

    public bool ChangesPageContent => ContentChanges.Count > 0;
}
