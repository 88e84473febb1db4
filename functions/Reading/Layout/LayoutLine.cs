namespace Publishing.Reading.Layout;

/// <summary>One printed line: its segments left to right, and its top as a fraction of the page height.</summary>
/// <remarks>Words keep their own positions so a table column can be cut where a narrow gap joined two cells into one segment.</remarks>
internal sealed record LayoutLine(IReadOnlyList<TextSegment> Segments, IReadOnlyList<TextSegment> Words, double Top, bool IsBold)
{
    public string Text { get; } = string.Join(" ", Segments.Select(s => s.Text));
    public double Left => Segments[0].Left;
    public double Right => Segments[^1].Right;

    /// <summary>The size most of the line's letters are set in, in points; 0 where unknown (the text form).</summary>
    public double FontSize { get; init; }
}
