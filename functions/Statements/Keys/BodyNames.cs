using System.Globalization;
using System.Text;

namespace Publishing.Statements.Keys;

/// <summary>
/// A body's name is printed as the byline of its statements, so it must read as what it is: letters of the Latin
/// script (accents allowed), printable ASCII (markup in a name is escaped in every output, as statement text is) and
/// typographic quotes and dashes, with single spaces. Refused: control characters and line breaks, zero-width and
/// bidirectional formatting characters, combining marks, other spaces, and letters of other scripts (a Cyrillic "а"
/// reads as a Latin "a": "NSPCC" with one is another body that looks the same).
/// </summary>
public static class BodyNames
{
    public const int MaxLength = 200;
    private const string Typographic = "‘’“”–—·";

    public static string? WhyRefused(string name)
    {
        if (name.Length == 0 || name.Trim().Length == 0) return "the name is empty";
        if (name.Length > MaxLength) return $"the name is longer than {MaxLength} characters";
        if (name != name.Trim()) return "the name starts or ends with a space";
        if (name.Contains("  ", StringComparison.Ordinal)) return "the name has two spaces in a row";
        if (!name.IsNormalized(NormalizationForm.FormC)) return "the name is not in composed form (NFC)";
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var at = $"U+{(int)c:X4} at position {i + 1}";
            if (char.IsControl(c)) return $"the name contains a control character or line break ({at})";
            var category = char.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format) return $"the name contains an invisible formatting character (zero-width or bidirectional, {at})";
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                return $"the name contains a combining mark ({at}); write the accented letter as one character";
            if (char.IsSurrogate(c)) return $"the name contains a character outside the Basic Multilingual Plane ({at})";
            if (c is >= ' ' and <= '~' || Typographic.Contains(c)) continue;
            if (char.IsLetter(c) && IsLatin(c)) continue;
            if (char.IsLetter(c)) return $"the name mixes in a letter of another script that can look like a Latin one ('{c}', {at})";
            if (char.IsWhiteSpace(c)) return $"the name contains a space character other than a plain space ({at})";
            return $"the name contains the symbol '{c}' ({at}), which organisation names do not use";
        }
        return null;
    }

    // Basic Latin, Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional.
    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';
}
