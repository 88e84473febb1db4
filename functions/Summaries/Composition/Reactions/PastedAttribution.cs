using System.Text.RegularExpressions;
using Publishing.Statements.Classification;

namespace Publishing.Summaries.Composition.Reactions;

/// <summary>
/// An attribution pasted into the statement's text along with the words ("An Ofsted spokesperson said: “…”",
/// "“…,” said Jane Smith.", "“…” — Jane Smith, ADCS", "“…,” said Jane Smith. “…”"). Only a candidate: the caller
/// keeps it only when what is left is wholly a quotation, so a statement that merely reports what someone said is
/// never cut.
/// </summary>
internal static partial class PastedAttribution
{
    /// <param name="Who">The attribution as written, without a leading article ("Ofsted spokesperson").</param>
    /// <param name="Spans">Where the quoted words stand in the original text (start, exclusive end); two when the attribution splits them.</param>
    /// <param name="FullStopAt">A comma that led into the attribution and now ends a sentence ("…this,” said X. “We…").</param>
    public sealed record Candidate(string Who, IReadOnlyList<(int Start, int End)> Spans, int? FullStopAt = null);

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "i", "we", "he", "she", "they", "it", "you", "this", "that" };

    public static Candidate? Find(string text)
    {
        var plain = PlainQuotes.Of(text);
        if (Lead().Match(plain) is { Success: true } lead && Plausible(lead.Groups["who"].Value))
            return new Candidate(Clean(lead.Groups["who"].Value), [(lead.Length, text.Length)]);
        if (Middle().Match(plain) is { Success: true } middle && Plausible(middle.Groups["who"].Value))
        {
            var comma = middle.Groups["comma"];
            var second = middle.Groups["second"].Index;
            var fullStop = comma.Success && second < plain.Length - 1 && char.IsUpper(plain[second + 1]) ? comma.Index : (int?)null;
            return new Candidate(Clean(middle.Groups["who"].Value), [(0, middle.Groups["first"].Index + middle.Groups["first"].Length), (second, text.Length)], fullStop);
        }
        if (Tail().Match(plain) is { Success: true } tail && Plausible(tail.Groups["who"].Value))
            return new Candidate(Clean(tail.Groups["who"].Value), [(0, tail.Index)]);
        return null;
    }

    private static bool Plausible(string who)
    {
        var words = who.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 16 && !Pronouns.Contains(words[0]) && !SentenceBreak().IsMatch(who);
    }

    private static string Clean(string who) => Article().Replace(who.Trim().TrimEnd(',', '.', ':', ';'), "");

    // "Name, role, Body said:" / "A spokesperson for X said today:" / "Name, role, Body:" immediately before an opening quotation mark.
    [GeneratedRegex(@"^\s*(?<who>[A-Z][^""\n:]{1,200}?)\s*,?\s*(?:(?:said|says|added|commented|responded|stated)(?:\s+(?:today|this\s+morning|in\s+a\s+statement|in\s+response))?\s*[:,]?|:)\s*(?="")", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();

    // "…," said Name. "…" (the first part may quote someone itself: 'calling it "good" misleads,')
    [GeneratedRegex(@"^\s*(?<first>"".+?(?<comma>,)?"")\s*,?\s*(?:said|says|added)\s+(?<who>[A-Z][^""\n]{1,200}?)\s*[.,:]\s*(?<second>"".+)$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Middle();

    // "…," said Name. / "…" — Name, role, Body
    [GeneratedRegex(@"(?<="")[\s,.]*(?:(?:said|says|added)\s+(?<who>[A-Z][^""\n]{1,200}?)|[-–—]+\s*(?<who>[A-Z][^""\n]{1,200}?))\s*\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Tail();

    [GeneratedRegex(@"[.!?]\s+[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?:an?|the)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Article();
}
