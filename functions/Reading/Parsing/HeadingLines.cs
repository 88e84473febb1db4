using Publishing.Reading.Layout;

namespace Publishing.Reading.Parsing;

/// <summary>
/// Tells a printed heading from a line of running text that merely begins with a heading's words
/// ("... Further / recommendations included ...", "... significant / progress since the last inspection in ...").
/// </summary>
internal static class HeadingLines
{
    private const double ParagraphGapPitches = 1.5;

    /// <summary>
    /// A heading begins with a capital and does not carry on the sentence above it: it is bold, first on its page,
    /// a paragraph gap below the line above, or the line above is a heading or ends a clause.
    /// </summary>
    public static bool IsHeading(LayoutPage page, int index)
    {
        var line = page.Lines[index];
        var text = line.Text.TrimStart();
        if (text.Length == 0 || !char.IsUpper(text[0])) return false;
        if (line.IsBold || index == 0) return true;
        var above = page.Lines[index - 1];
        return above.IsBold || EndsClause(above.Text) || line.Top - above.Top > ParagraphGapPitches * page.LinePitch;
    }

    public static bool EndsClause(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!' or ':' or ';';
    }
}
