using System.Text;

namespace Publishing.Statements.Classification;

/// <summary>
/// Normalises council names so that the forms used in press releases, the ONS list and Ofsted reports agree:
/// lower case, '&amp;' read as "and", "Saint"/"St." as "st", punctuation and hyphens as word breaks; then the
/// administrative wrapping is dropped ("london borough of", "royal borough of", "metropolitan borough of", "borough of",
/// "city of", and the words "council", "borough", "county", "metropolitan", "district", "corporation", plus "city"
/// directly before "council"). "Bristol City Council" and "Bristol, City of" both give the slug "bristol".
/// The City of London keeps its full name ("city-of-london"), because "London" alone is a region, not a council.
/// </summary>
public static class CouncilNameNormaliser
{
    private static readonly string[][] DroppedPhrases =
    [
        ["london", "borough", "of"],
        ["royal", "borough", "of"],
        ["metropolitan", "borough", "of"],
        ["borough", "of"],
        ["city", "and", "county", "of"],
        ["city", "of"],
        ["county", "of"],
    ];

    private static readonly HashSet<string> DroppedWords =
        new(StringComparer.Ordinal) { "council", "borough", "county", "metropolitan", "district", "corporation" };

    /// <summary>The hyphenated slug, e.g. "Stoke-on-Trent City Council" → "stoke-on-trent".</summary>
    public static string Slug(string name) => string.Join('-', CoreTokens(name));

    /// <summary>The words of the name after normalisation and dropping administrative wrapping.</summary>
    public static IReadOnlyList<string> CoreTokens(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var tokens = Tokens(name).ToList();
        if (tokens.Count > 0 && tokens[0] == "the")
        {
            tokens.RemoveAt(0);
        }

        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            if (tokens[i] == "city" && tokens[i + 1] == "council")
            {
                tokens.RemoveAt(i);
            }
        }

        if (IsCityOfLondon(tokens))
        {
            return ["city", "of", "london"];
        }

        foreach (var phrase in DroppedPhrases)
        {
            RemovePhrase(tokens, phrase);
        }

        tokens.RemoveAll(DroppedWords.Contains);
        return tokens;
    }

    /// <summary>Lower-cased words of any text, with the same spelling rules as names ("&amp;" → "and", "saint" → "st", possessive 's dropped).</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var ch in text.Replace("&", " and ", StringComparison.Ordinal))
        {
            builder.Append(char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch) : ch is '\'' or '\u2019' ? '\'' : ' ');
        }

        foreach (var raw in builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = NormaliseWord(raw);
            if (word.Length > 0)
            {
                yield return word;
            }
        }
    }

    internal static string NormaliseWord(string raw)
    {
        var word = raw.ToLowerInvariant().Trim('\'', '\u2019');
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        word = word.Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal);
        return word == "saint" ? "st" : word;
    }

    private static bool IsCityOfLondon(List<string> tokens)
    {
        var withoutWrapping = tokens.Where(t => !DroppedWords.Contains(t)).ToList();
        return withoutWrapping.SequenceEqual(["city", "of", "london"]) || withoutWrapping.SequenceEqual(["london", "city", "of"]);
    }

    private static void RemovePhrase(List<string> tokens, string[] phrase)
    {
        for (var i = 0; i + phrase.Length <= tokens.Count; i++)
        {
            if (tokens.Skip(i).Take(phrase.Length).SequenceEqual(phrase))
            {
                tokens.RemoveRange(i, phrase.Length);
                i--;
            }
        }
    }
}
