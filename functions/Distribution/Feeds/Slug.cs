using System.Text;

namespace Publishing.Distribution.Feeds;

/// <summary>Lower-case ASCII words joined by hyphens: "Requires improvement to be good" → "requires-improvement-to-be-good".</summary>
public static class Slug
{
    public static string From(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingHyphen = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c == '\'' || c == '\u2019' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // Apostrophes and accents vanish rather than split a word: "King's" → "kings".
            }
            else
            {
                pendingHyphen = true;
            }
        }
        return sb.ToString();
    }
}
