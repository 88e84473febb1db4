using System.Text;
using System.Text.RegularExpressions;

namespace Publishing.Summaries.Rendering;

/// <summary>
/// Escapes text for CommonMark/GFM so it prints literally: no emphasis, code, links, images, HTML, entities or table
/// breaks; bare addresses ("https://", "www.") are broken up so GFM does not auto-link them; a leading list or
/// block marker is escaped. Ordinary punctuation is left alone so the Markdown stays readable.
/// </summary>
internal static partial class MarkdownText
{
    private const string AlwaysEscaped = "\\`*_{}[]<>|~&#";

    public static string Escape(string text)
    {
        var line = OneLine(text);
        var sb = new StringBuilder(line.Length + 16);
        foreach (var c in line)
        {
            if (AlwaysEscaped.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        var escaped = AutoLink().Replace(sb.ToString(), m => m.Value.Replace(":", "\\:").Replace(".", "\\."));
        return BlockStart().Replace(escaped, m => m.Value[..^1] + "\\" + m.Value[^1]);
    }

    /// <summary>As <see cref="Escape"/>, keeping a leading or trailing space (for text printed beside emphasis).</summary>
    public static string EscapeKeepingSpaces(string text)
    {
        var escaped = Escape(text);
        if (escaped.Length == 0) return text.Length > 0 && char.IsWhiteSpace(text[0]) ? " " : "";
        return (char.IsWhiteSpace(text[0]) ? " " : "") + escaped + (char.IsWhiteSpace(text[^1]) ? " " : "");
    }

    /// <summary>Line breaks and control characters in supplied text become spaces, so it cannot start a block.</summary>
    public static string OneLine(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text) sb.Append(char.IsControl(c) ? ' ' : c);
        return sb.ToString().Trim();
    }

    /// <summary>A link whose text is escaped; only http(s) targets become links.</summary>
    public static string Link(string text, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? $"[{Escape(text)}](<{uri.AbsoluteUri.Replace("<", "%3C").Replace(">", "%3E")}>)"
            : Escape(text);

    [GeneratedRegex(@"[a-zA-Z][a-zA-Z0-9+.-]*://|\bwww\.|@[a-zA-Z0-9-]+\.", RegexOptions.CultureInvariant)]
    private static partial Regex AutoLink();

    // "1. ", "1) ", "- ", "+ ", "= ", "> " at the start would open a list, setext heading or quote.
    [GeneratedRegex(@"^(?:\d{1,9}[.)]|[-+=>])", RegexOptions.CultureInvariant)]
    private static partial Regex BlockStart();
}
