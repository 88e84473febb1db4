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
        var originalObjects = new Lazy<OriginalObjects>(() => OriginalObjects.Of(original.Value));
        var changes = new List<string>();
        foreach (var (number, dictionary) in ObjectDictionaries(appended))
            if (WhyContent(number, dictionary, info, original, originalObjects) is { } why) changes.Add($"object {number} ({why})");
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

    private static string? WhyContent(string number, string dictionary, HashSet<string> info, Lazy<string> original, Lazy<OriginalObjects> originalObjects)
    {
        // An object is only metadata if it says so at its top level and, when it redefines an object of the original,
        // that object was metadata too: a page's content stream redefined under /Type /Metadata, or named as the
        // trailer's /Info, is still drawn (a reader goes by the reference, not the label).
        var ownType = TopLevelType(dictionary);
        if (ownType is "Metadata" or "XRef" && originalObjects.Value.WasOrNew(number, o => o.TopLevelTypes.Contains(ownType))) return null;
        if (info.Contains(number) && originalObjects.Value.WasOrNew(number, o => o.IsInfo)) return null;
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

    /// <summary>Each object defined in <paramref name="text"/>: its number, and its body up to any stream.</summary>
    private static IEnumerable<(string Number, string Dictionary)> ObjectDictionaries(string text)
    {
        var objects = ObjectHeader().Matches(text);
        for (var i = 0; i < objects.Count; i++)
        {
            var bodyEnd = i + 1 < objects.Count ? objects[i + 1].Index : text.Length;
            var body = text[objects[i].Index..bodyEnd];
            var endobj = body.IndexOf("endobj", StringComparison.Ordinal);
            if (endobj >= 0) body = body[..endobj];
            yield return (objects[i].Groups[1].Value, Dictionary(body));
        }
    }

    private static string Dictionary(string body)
    {
        var stream = body.IndexOf("stream", StringComparison.Ordinal);
        return stream >= 0 ? body[..stream] : body;
    }

    private static bool TypeIs(string dictionary, string type) => TopLevelType(dictionary) == type;

    /// <summary>The dictionary's own /Type (not one of a dictionary nested in it, or inside a string); null if it has
    /// none, or more than one.</summary>
    private static string? TopLevelType(string dictionary)
    {
        var types = TopLevelTypes(dictionary).Distinct(StringComparer.Ordinal).ToList();
        return types.Count == 1 ? types[0] : null;
    }

    private static IEnumerable<string> TopLevelTypes(string dictionary)
    {
        var depth = 0;
        for (var i = 0; i < dictionary.Length; i++)
        {
            var c = dictionary[i];
            if (c == '(') i = AfterString(dictionary, i) - 1;
            else if (c == '<' && i + 1 < dictionary.Length && dictionary[i + 1] == '<') { depth++; i++; }
            else if (c == '>' && i + 1 < dictionary.Length && dictionary[i + 1] == '>') { depth--; i++; }
            else if (c == '/' && depth == 1 && TypeName().Match(dictionary, i) is { Success: true } m && m.Index == i) yield return m.Groups[1].Value;
        }
    }

    // A literal string: balanced parentheses, backslash escapes.
    private static int AfterString(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i + 1;
        }
        return text.Length;
    }

    /// <summary>The original's plain objects by number (the last definition of each): their top-level types, and
    /// whether the original's trailer names one as its /Info; and its /Size, the first number it cannot refer to.</summary>
    private sealed record OriginalObjects(Dictionary<string, (IReadOnlySet<string> TopLevelTypes, bool IsInfo)> ByNumber, long Size)
    {
        /// <summary>True when the object is new (numbered past the original's /Size, so nothing there refers to it), or
        /// the original defines it as a plain object satisfying <paramref name="was"/> (one inside an object stream is not examined).</summary>
        public bool WasOrNew(string number, Func<(IReadOnlySet<string> TopLevelTypes, bool IsInfo), bool> was) =>
            long.Parse(number, System.Globalization.CultureInfo.InvariantCulture) >= Size || (ByNumber.TryGetValue(number, out var defined) && was(defined));

        public static OriginalObjects Of(string original)
        {
            var info = InfoReference().Matches(original).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            var byNumber = new Dictionary<string, (IReadOnlySet<string>, bool)>(StringComparer.Ordinal);
            foreach (var (number, dictionary) in ObjectDictionaries(original))
                byNumber[number] = (TopLevelTypes(dictionary).ToHashSet(StringComparer.Ordinal), info.Contains(number));
            var size = SizeEntry().Matches(original).Select(m => long.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(long.MaxValue).Max();
            return new OriginalObjects(byNumber, size);
        }
    }

    [GeneratedRegex(@"/Linearized\b")]
    private static partial Regex Linearized();

    [GeneratedRegex(@"(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"/Info\s+(\d{1,10})\s+\d{1,5}\s+R")]
    private static partial Regex InfoReference();

    [GeneratedRegex(@"/Size\s+(\d{1,10})\b")]
    private static partial Regex SizeEntry();

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
