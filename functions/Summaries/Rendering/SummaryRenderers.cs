namespace Publishing.Summaries.Rendering;

/// <summary>The four output forms by name.</summary>
public static class SummaryRenderers
{
    public static IReadOnlyList<ISummaryRenderer> All { get; } =
        [new MarkdownSummaryRenderer(), new HtmlSummaryRenderer(), new TextSummaryRenderer(), new JsonSummaryRenderer()];

    public static ISummaryRenderer? Find(string format) =>
        All.FirstOrDefault(r => string.Equals(r.Format, format, StringComparison.OrdinalIgnoreCase));
}
