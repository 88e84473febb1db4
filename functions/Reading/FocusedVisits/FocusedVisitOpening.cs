using System.Text.RegularExpressions;
using Publishing.Reading.Documents;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;

namespace Publishing.Reading.FocusedVisits;

/// <summary>
/// Reads a focused visit letter's opening paragraph: "This letter summarises the findings of [a|the] focused visit to
/// &lt;council&gt; children's services on &lt;dates&gt;. &lt;The inspectors were ...&gt;. Inspectors looked at &lt;the area of practice&gt;."
/// </summary>
internal static partial class FocusedVisitOpening
{
    public sealed record Visit(string? CouncilName, int CouncilPage, Sourced<InspectionDates>? Dates, IReadOnlyList<string> Inspectors, Sourced<string>? AreaOfPractice);

    public static Visit Read(LetterText letter, string? titleCouncil, int titlePage, DateOnly? letterDate)
    {
        var text = letter.Text;
        var opening = Opening().Match(text);
        string? council = titleCouncil;
        Sourced<InspectionDates>? dates = null;
        var inspectors = new List<string>();
        Sourced<string>? area = null;
        var councilPage = titlePage;
        if (opening.Success)
        {
            if (council is null) (council, councilPage) = (CleanCouncil(opening.Groups["council"].Value), letter.PageAt(opening.Index));
            var clause = opening.Groups["dates"].Value;
            if (VisitDates(clause, letterDate) is ({ } start, { } end))
                dates = new Sourced<InspectionDates>(new InspectionDates(start, end, clause.Trim()), letter.PageAt(opening.Index));
            var after = opening.Index + opening.Length;
            var window = text.Substring(after, Math.Min(900, text.Length - after));
            if (InspectorsSentence().Match(window) is { Success: true } team) inspectors.AddRange(Names(team.Groups["names"].Value));
            // The letters of 2020-21 explain the pandemic's methods first; their area of practice comes further on.
            window = text.Substring(after, Math.Min(3000, text.Length - after));
            if (AreaSentence().Match(window) is { Success: true } looked)
                area = new Sourced<string>(Shorten(letter.SentenceFrom(after + looked.Index)), letter.PageAt(after + looked.Index));
        }
        return new Visit(council, councilPage, dates, inspectors, area);
    }

    /// <summary>The visit's first and last day. Some letters leave the year off ("on 30 and 31 January"): it is then
    /// the letter's own date's year, or the year before where that would put the visit after the letter.</summary>
    private static (DateOnly?, DateOnly?) VisitDates(string clause, DateOnly? letterDate)
    {
        if (DateText.TryParseRange(clause, out var start, out var end)) return (start, end);
        if (letterDate is not { } written || Year().IsMatch(clause)) return (null, null);
        if (!DateText.TryParseRange($"{clause} {written.Year}", out start, out end)) return (null, null);
        return end > written ? (start.AddYears(-1), end.AddYears(-1)) : (start, end);
    }

    /// <summary>The council as the title names it: "Focused visit to [the] &lt;council&gt;['s] [local authority] children's services".</summary>
    public static string? CouncilFromTitle(string title)
    {
        var m = TitleCouncil().Match(title);
        return m.Success ? CleanCouncil(m.Groups["council"].Value) : null;
    }

    private static string? CleanCouncil(string raw)
    {
        var name = LocalAuthorityWords().Replace(raw.Trim(), "").Trim();
        if (name.EndsWith("'s", StringComparison.Ordinal)) name = name[..^2];
        return name.Length is > 1 and <= 80 ? name : null;
    }

    // Names in a list such as "Louise Warren, HMI, and John Roughton, HMI" or "A, B and C, all of whom are ... (HMI),
    // and D (HMI designate)": the role words go, what is left is split at commas and "and".
    private static IEnumerable<string> Names(string list)
    {
        var bare = RoleWords().Replace(list, ",");
        return bare.Split([",", " and "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.Trim('.', ' ')).Where(IsName).Distinct();
    }

    private static bool IsName(string candidate)
    {
        var words = candidate.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von");
    }

    private static string Shorten(string sentence) => sentence.Length > 600 ? sentence[..600] + "…" : sentence;

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"summarises the findings of (?:a|the) focused visit to (?<council>.{2,90}?)(?: children's services)? (?<dates>(?:on|between|from) [^.]{4,80}?)\.(?= )", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^focused visit to (?:the )?(?<council>.{2,90}?) children's(?: services| social care)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TitleCouncil();

    [GeneratedRegex(@"\s+(?:local authority|local authority's)$|^the\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LocalAuthorityWords();

    // "The inspectors [for this visit] were ...", "His Majesty's Inspectors for this visit were ...", "The visit was
    // carried out by ..." or "conducted by A and B, two of Her Majesty's Inspectors".
    [GeneratedRegex(@"^\s*(?:The inspectors(?: for (?:this|the) visit)? were|(?:Her|His) Majesty's Inspectors(?: for (?:this|the) visit)? were|The visit was (?:carried out|conducted) by(?: (?:Her|His) Majesty's Inspectors,?)?)\s+(?<names>[^.]+(?:\.[^ ][^.]*)*)\.", RegexOptions.IgnoreCase)]
    private static partial Regex InspectorsSentence();

    [GeneratedRegex(@"\(?\b(?:all of whom are\s+|(?:two|three|four|five) of\s+)?(?:(?:Her|His) Majesty's Inspectors?|S?HMI(?: designate)?|Ofsted Inspectors?)\b\)?", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWords();

    [GeneratedRegex(@"\b(?:Inspectors|The visit|This visit) (?:looked at|considered|evaluated|reviewed|focused on|examined)\b")]
    private static partial Regex AreaSentence();
}
