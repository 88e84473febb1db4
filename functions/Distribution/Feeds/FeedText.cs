using System.Text;
using System.Xml;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// Drops characters XML 1.0 cannot carry (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF)
/// so hostile or damaged text can neither break a feed nor make the writer throw. Markup characters are left alone:
/// the writers escape them.
/// </summary>
public static class FeedText
{
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (!XmlConvert.IsXmlChar(c)) return false;
        }
        return true;
    }
}
