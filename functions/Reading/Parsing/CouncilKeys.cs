using System.Text.RegularExpressions;
using Publishing.Reading.Layout;

namespace Publishing.Reading.Parsing;

/// <summary>Normalises a council's printed name to a key that matches across reports ("The Royal Borough of Windsor and Maidenhead" → windsor-and-maidenhead).</summary>
public static partial class CouncilKeys
{
    // Names Ofsted prints in more than one way for the same authority.
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["hull"] = "kingston-upon-hull",
        ["london"] = "london-corporation",
        ["city-of-london"] = "london-corporation",
        ["city-of-london-corporation"] = "london-corporation",
        ["county-durham"] = "durham",
        ["telford-wrekin"] = "telford-and-wrekin",
        ["newcastle"] = "newcastle-upon-tyne",
        ["bcp"] = "bournemouth-christchurch-and-poole",
    };

    public static string FromName(string name)
    {
        var n = TextNormalizer.ForMatching(name).Replace("&", " and ").Replace("st.", "st ");
        n = Prefix().Replace(n, "");
        n = InvertedPrefix().Replace(n, "");
        n = Suffix().Replace(n, "");
        var key = NonWord().Replace(n, "-").Trim('-');
        return Aliases.TryGetValue(key, out var alias) ? alias : key;
    }

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:(?:royal|london|metropolitan)\s+)?borough\s+of\s+|(?:city|county)\s+of\s+|council\s+of\s+the\s+)")]
    private static partial Regex Prefix();

    // The ONS list's form: "Kingston upon Hull, City of", "Herefordshire, County of".
    [GeneratedRegex(@",\s*(?:city|county|borough)\s+of\s*$")]
    private static partial Regex InvertedPrefix();

    [GeneratedRegex(@"(?:\s+(?:metropolitan|district|borough|county|city|council))+\s*$")]
    private static partial Regex Suffix();

    [GeneratedRegex(@"[^a-z0-9]+")]
    private static partial Regex NonWord();
}
