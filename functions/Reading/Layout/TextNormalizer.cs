using System.Text;

namespace Publishing.Reading.Layout;

/// <summary>Turns printed glyphs into plain text: ligatures expanded, bullets unified, odd spaces folded.</summary>
internal static class TextNormalizer
{
    public const string Bullet = "•";

    public static string Glyph(string value)
    {
        if (value.Length == 1)
        {
            var c = value[0];
            if (c is >= '\uF000' and <= '\uF0FF' or '◼' or '■' or '▪' or '●' or '•') return Bullet;
            if (c is '\u00A0' or '\u2009' or '\u202F') return " ";
        }
        return value switch
        {
            "ﬁ" => "fi",
            "ﬂ" => "fl",
            "ﬀ" => "ff",
            "ﬃ" => "ffi",
            "ﬄ" => "ffl",
            _ => value,
        };
    }

    /// <summary>A form for matching only: lower case, straight apostrophes, single spaces.</summary>
    public static string ForMatching(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var ch in text)
        {
            var c = ch switch { '’' or '‘' or '`' => '\'', '–' or '—' or '‐' => '-', _ => char.ToLowerInvariant(ch) };
            if (char.IsWhiteSpace(c))
            {
                if (!space && sb.Length > 0) sb.Append(' ');
                space = true;
                continue;
            }
            space = false;
            sb.Append(c);
        }
        return sb.ToString().TrimEnd();
    }
}
