namespace Publishing.Tests.Security;

/// <summary>The inertness checks themselves must catch what they are there to catch, or the pipeline suite proves nothing.</summary>
public class InertOutputTests
{
    [Theory]
    [InlineData("<p>hi</p><script>alert(1)</script>")]
    [InlineData("<p onclick=\"x()\">hi</p>")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<img src=x onerror=alert(2)>")]
    [InlineData("<body><style>body{}</style></body>")]
    public void Html_ActiveContent_IsFlagged(string html) => Assert.NotEmpty(InertOutput.Html(html));

    [Theory]
    [InlineData("[x](javascript:alert(4))")]
    [InlineData("![i](https://tracker.example/p.gif)")]
    [InlineData("<div>raw block</div>")]
    [InlineData("text <b>inline</b>")]
    public void Markdown_ActiveContent_IsFlagged(string markdown) => Assert.NotEmpty(InertOutput.Markdown(markdown));

    [Theory]
    [InlineData("bell \u0007")]
    [InlineData("override \u202Ereversed")]
    public void Text_ControlsAndOverrides_AreFlagged(string text) => Assert.NotEmpty(InertOutput.Text(text));

    [Fact]
    public void Checks_EscapedHostileText_PassAsInert()
    {
        Assert.Empty(InertOutput.Html("<html><head><style>p{}</style></head><body><p>&lt;script&gt;alert(1)&lt;/script&gt; <a href=\"https://example.org/\">ok</a></p></body></html>"));
        Assert.Empty(InertOutput.Markdown("\\[x\\](javascript:alert(4)) \\<b\\> [ok](<https://example.org/>)"));
        Assert.Empty(InertOutput.Text("plain\ttext\r\nwith lines \u202Eclosed\u202C"));
    }
}
