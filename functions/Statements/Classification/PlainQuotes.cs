namespace Publishing.Statements.Classification;

/// <summary>
/// Typographic quotes as their plain forms (’ ‘ ‛ ′ → ', “ ” „ ″ → "), one character for one, so the rules, written with
/// plain apostrophes ("don't", "Barnardo's"), read statements pasted from websites and word processors alike, and a
/// sentence found in the plain text is at the same place in the original.
/// </summary>
public static class PlainQuotes
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        return string.Create(text.Length, text, static (plain, original) =>
        {
            for (var i = 0; i < original.Length; i++)
            {
                plain[i] = original[i] switch
                {
                    '\u2019' or '\u2018' or '\u201B' or '\u2032' => '\'',
                    '\u201C' or '\u201D' or '\u201E' or '\u2033' => '"',
                    var c => c,
                };
            }
        });
    }

    /// <summary>The same span of <paramref name="original"/> as <paramref name="found"/> holds in its plain form.</summary>
    public static string Verbatim(string found, string plain, string original)
    {
        var at = plain.IndexOf(found, StringComparison.Ordinal);
        return at >= 0 && plain.Length == original.Length ? original.Substring(at, found.Length) : found;
    }
}
