using System.Text.Json;
using AngleSharp.Html.Parser;
using Markdig;

namespace Publishing.Tests.Summaries.Rendering;

/// <summary>Script, markup and links inside a statement must come out as inert text in every form.</summary>
public class HostileStatementTests
{
    private const string Hostile =
        "<script>alert('x')</script> <img src=x onerror=alert(1)> [click me](javascript:alert(2)) ![pixel](https://tracker.example/p.gif) " +
        "**loud** | cell | `code` &amp; https://evil.example/login www.evil.example\n# Injected heading\n1. listed";

    // As printed: quotations inside a statement nest as ‘ ’, and its lines are its paragraphs.
    private const string FirstParagraph =
        "“<script>alert(‘x’)</script> <img src=x onerror=alert(1)> [click me](javascript:alert(2)) ![pixel](https://tracker.example/p.gif) " +
        "**loud** | cell | `code` &amp; https://evil.example/login www.evil.example";

    private static IReadOnlyDictionary<string, string> Render()
    {
        var statement = SummaryFixtures.Statement("hostile-1", Hostile, body: "<b>Body</b> [x](https://evil.example)");
        return SummaryFixtures.RenderAll(SummaryFixtures.Compose(SummaryFixtures.Sample(), statements: [statement], asAt: new DateTimeOffset(2025, 11, 15, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void RenderHtml_HostileStatement_IsEncodedText()
    {
        var html = Render()["html"];
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Empty(document.QuerySelectorAll("b"));
        Assert.All(document.QuerySelectorAll("a"), a => Assert.StartsWith("https://publishing.example/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains(document.QuerySelectorAll("figure p"), p => p.TextContent == FirstParagraph);
        Assert.Contains(document.QuerySelectorAll("figure p"), p => p.TextContent == "“# Injected heading");
        Assert.Single(document.QuerySelectorAll("h1"));
    }

    [Fact]
    public void RenderMarkdown_HostileStatement_RendersAsLiteralTextWithNoLinksOrMarkup()
    {
        var markdown = Render()["markdown"];
        var html = Markdown.ToHtml(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script, img, code"));
        Assert.All(document.QuerySelectorAll("a"), a => Assert.StartsWith("https://publishing.example/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.DoesNotContain(document.QuerySelectorAll("h1, h2, h3"), h => h.TextContent.Contains("Injected", StringComparison.Ordinal));
        Assert.DoesNotContain(document.QuerySelectorAll("strong"), s => s.TextContent == "loud");
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent.EndsWith(FirstParagraph, StringComparison.Ordinal));
        Assert.Contains(document.QuerySelectorAll("p"), p => p.TextContent == "“1. listed”");
    }

    [Fact]
    public void RenderText_HostileStatement_IsPrintedVerbatimOnOneLogicalLine()
    {
        var text = string.Join("\n", RenderedGrades.Unwrap(Render()["text"]));

        Assert.Contains(FirstParagraph, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n# Injected", text, StringComparison.Ordinal);
    }

    [Fact]
    public void RenderJson_HostileStatement_RoundTripsExactlyAndCannotBreakOutOfAScriptTag()
    {
        var json = Render()["json"];

        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var statement = doc.RootElement.GetProperty("sectorResponse").EnumerateArray().SelectMany(g => g.GetProperty("statements").EnumerateArray()).Single();
        Assert.Equal(Hostile, statement.GetProperty("text").GetString());
        Assert.Equal("statement", statement.GetProperty("source").GetProperty("kind").GetString());
    }
}
