using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Publishing.Tests.Security;

/// <summary>What "inert" means for each output form; each check returns the problems it found (empty when inert).</summary>
internal static class InertOutput
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcset"];

    public static IEnumerable<string> Html(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        // The renderer's own stylesheet lives in <head>; a style element anywhere in the body came from content.
        foreach (var element in document.QuerySelectorAll("script, img, svg, iframe, object, embed, form, base, meta[http-equiv], body style"))
            yield return $"<{element.LocalName}> element";
        foreach (var element in document.All)
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)) yield return $"event handler {attribute.Name} on <{element.LocalName}>";
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase) && !SafeUrl(attribute.Value))
                    yield return $"{attribute.Name}=\"{attribute.Value}\" on <{element.LocalName}>";
            }
    }

    public static IEnumerable<string> Markdown(string markdown)
    {
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block: yield return $"raw HTML block: {Short(block.Lines.ToString())}"; break;
                case HtmlInline inline: yield return $"inline HTML: {inline.Tag}"; break;
                case LinkInline link when !SafeUrl(link.Url ?? ""): yield return $"{(link.IsImage ? "image" : "link")} to {link.Url}"; break;
                case LinkInline { IsImage: true } image: yield return $"image {image.Url}"; break;
                case AutolinkInline auto when !SafeUrl(auto.Url): yield return $"autolink to {auto.Url}"; break;
            }
        }
        foreach (var problem in Html(Markdig.Markdown.ToHtml(markdown, pipeline))) yield return "as HTML: " + problem;
    }

    /// <summary>Plain text carries no controls but line breaks and tabs, and no bidi override that outlives its line.</summary>
    public static IEnumerable<string> Text(string text)
    {
        foreach (var c in text.Distinct())
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t')) yield return $"control character U+{(int)c:X4}";
        foreach (var line in text.Split('\n'))
            if (line.Count(IsBidiOpener) > line.Count(c => c is '\u202C' or '\u2069'))
                yield return $"unterminated bidi override on line: {Short(line)}";
    }

    public static bool IsBidiOpener(char c) => c is '\u202A' or '\u202B' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068';

    public static bool SafeUrl(string url)
    {
        var trimmed = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith('/') || trimmed.StartsWith('#') || trimmed.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
    }

    public static string TextContent(string html) => new HtmlParser().ParseDocument(html).Body?.TextContent ?? "";

    private static string Short(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
