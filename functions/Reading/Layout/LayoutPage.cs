namespace Publishing.Reading.Layout;

/// <summary>A page's lines, top to bottom.</summary>
internal sealed record LayoutPage(int Number, IReadOnlyList<LayoutLine> Lines)
{
    /// <summary>The usual distance between consecutive lines of a paragraph, in page-height fractions.</summary>
    public double LinePitch { get; } = MedianPitch(Lines);

    private static double MedianPitch(IReadOnlyList<LayoutLine> lines)
    {
        var gaps = new List<double>();
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i].Top - lines[i - 1].Top;
            if (gap > 0) gaps.Add(gap);
        }
        if (gaps.Count == 0) return 0.02;
        gaps.Sort();
        return gaps[gaps.Count / 2];
    }
}
