using Publishing.Reading.Layout;
using Publishing.Reading.Parsing;

namespace Publishing.Tests.Corpus;

/// <summary>
/// Real judgement tables moved into the layouts the reader failed on in unseen reports: rows packed as close as the
/// lines of a wrapped label, and the table broken over a page. The table is found by its clear grade cells (a grade
/// alone at the right of its line), as a reader of the page would see it.
/// </summary>
internal static class PerturbedLayouts
{
    public static LayoutDocument? PackedRows(LayoutDocument document)
    {
        if (TableLines(document) is not var (page, first, last)) return null;
        var lines = page.Lines.ToList();
        var gaps = Enumerable.Range(first + 1, last - first).Select(i => lines[i].Top - lines[i - 1].Top).Where(g => g > 0).ToList();
        if (gaps.Count == 0) return null;
        // Rows as close as the page's lines (a grade set half a line off its label keeps its offset).
        var wrap = Math.Min(page.LinePitch, gaps.Where(g => g >= 0.5 * page.LinePitch).DefaultIfEmpty(page.LinePitch).Min());
        var shift = 0.0;
        for (var i = first + 1; i < lines.Count; i++)
        {
            var gap = lines[i].Top - page.Lines[i - 1].Top;
            if (i <= last && gap > wrap) shift += gap - wrap;
            lines[i] = lines[i] with { Top = lines[i].Top - shift };
        }
        return Replace(document, page, [new LayoutPage(page.Number, lines)]);
    }

    /// <summary>The table's rows from its third clear grade cell (one with its label beside it) on moved to the top of a
    /// new page after it.</summary>
    public static LayoutDocument? SplitOverPages(LayoutDocument document)
    {
        if (TableLines(document) is not var (page, first, last)) return null;
        var cells = Enumerable.Range(first, last - first + 1).Where(i => IsClearCellWithLabel(page.Lines[i])).ToList();
        if (cells.Count < 3) return null;
        var split = cells[2];
        var end = Enumerable.Range(last + 1, page.Lines.Count - last - 1).FirstOrDefault(i => page.Lines[i].Right > 0.6, page.Lines.Count);
        var moved = page.Lines.Skip(split).Take(end - split).ToList();
        var offset = moved[0].Top - 0.12;
        var before = new LayoutPage(page.Number, page.Lines.Take(split).ToList());
        var after = new LayoutPage(page.Number + 1, moved.Select(l => l with { Top = l.Top - offset }).Concat(page.Lines.Skip(end)).ToList());
        return Replace(document, page, [before, after]);
    }

    private static (LayoutPage Page, int First, int Last)? TableLines(LayoutDocument document)
    {
        foreach (var page in document.Pages)
        {
            var cells = Enumerable.Range(0, page.Lines.Count).Where(i => IsClearCell(page.Lines[i])).ToList();
            if (cells.Count >= 3) return (page, cells[0], cells[^1]);
        }
        return null;
    }

    private static bool IsClearCell(LayoutLine line) =>
        line.Segments[^1].Left >= 0.45 && GradePhrases.IsGradeCell(line.Segments[^1].Text);

    private static bool IsClearCellWithLabel(LayoutLine line) => IsClearCell(line) && line.Segments.Count > 1;

    private static LayoutDocument Replace(LayoutDocument document, LayoutPage page, LayoutPage[] with)
    {
        var pages = new List<LayoutPage>();
        foreach (var p in document.Pages)
        {
            if (p.Number < page.Number) pages.Add(p);
            else if (p.Number == page.Number) pages.AddRange(with);
            else pages.Add(new LayoutPage(p.Number + with.Length - 1, p.Lines));
        }
        return document with { Pages = pages };
    }
}
