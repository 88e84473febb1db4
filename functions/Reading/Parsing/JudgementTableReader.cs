using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>
/// Reads a judgement table by its structure: grade cells stand in a right-hand column, each cell (one grade, however
/// many lines it wraps over) makes one row, and every label line goes to its nearest cell, so rows need no spacing
/// between them and a grade may stand above, beside or below its label. Spacing is measured from the table itself.
/// A table whose expected rows are not all found continues on the next page while that page starts with grade cells.
/// </summary>
internal static partial class JudgementTableReader
{
    private const double GradeColumnMinLeft = 0.38;
    private const double ColumnSlack = 0.012;
    // Where a continued table's first cell may stand on the next page (below a running header, above any text).
    private const double ContinuationTop = 0.35;

    /// <param name="Bottom">Top of the table's last grade line on its page, for reading what follows the table.</param>
    public sealed record TableResult(IReadOnlyList<Judgement> Rows, string? Problem, double Bottom = 0);

    private sealed record Cell(List<int> Lines, Grade Grade, string Printed, string Text);

    /// <param name="complete">Whether the rows read so far are a whole table of the framework; while not, the table is
    /// followed onto the next page.</param>
    public static TableResult Read(LayoutDocument document, int firstPage, int lastPage, Func<IReadOnlyCollection<string>, bool>? complete = null)
    {
        foreach (var page in document.Pages.Where(p => p.Number >= firstPage && p.Number <= lastPage))
        {
            var clearCells = page.Lines.Select(ClearGradeCell).Where(c => c is not null).Select(c => c!).ToList();
            if (clearCells.Count < 2 || (clearCells.Count == 2 && complete is null)) continue;
            // The grade column starts where most clear cells start.
            var columnLeft = clearCells.GroupBy(c => Math.Round(c.Left, 2)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Min(c => c.Left) - ColumnSlack;
            var table = ReadPage(page, columnLeft, continuation: false);
            if (table.Problem is not null && clearCells.Count == 2) continue;
            if (complete is null || table.Problem is not null) return table;
            var whole = Continue(document, page, columnLeft, table, complete);
            // Two cells start a table only where the next page completes it (a table broken after its second row).
            if (clearCells.Count >= 3 || complete(whole.Rows.Select(r => r.Key).ToList())) return whole;
        }
        return new TableResult([], "no judgement table (a right-hand column of grades) on the pages searched");
    }

    private static TableResult Continue(LayoutDocument document, LayoutPage page, double columnLeft, TableResult table, Func<IReadOnlyCollection<string>, bool> complete)
    {
        var rows = table.Rows.ToList();
        var bottom = table.Bottom;
        foreach (var next in document.Pages.Where(p => p.Number > page.Number).Take(2))
        {
            if (complete(rows.Select(r => r.Key).ToList())) break;
            var more = ReadPage(next, columnLeft, continuation: true);
            if (more.Problem is not null || more.Rows.Count == 0) break;
            rows.AddRange(more.Rows);
            bottom = more.Bottom;
        }
        return new TableResult(rows, null, bottom);
    }

    /// <summary>The words of a line that stand in the grade column, when they are grade words.</summary>
    /// <param name="tight">Whether the label may run right up to the column (no clear gap before the cell).</param>
    private static string? CellText(LayoutLine line, double columnLeft, bool tight = false)
    {
        var cellWords = line.Words.Where(w => w.Left >= columnLeft).ToList();
        if (cellWords.Count == 0) return null;
        // A cell starts at the column; words of a sentence that merely runs past it do not.
        if (cellWords[0].Left > columnLeft + 0.03) return null;
        var lastLeft = line.Words.LastOrDefault(w => w.Left < columnLeft);
        if (lastLeft is not null && cellWords[0].Left - lastLeft.Right < (tight ? 0 : ColumnSlack)) return null;
        var text = string.Join(" ", cellWords.Select(w => w.Text));
        return GradePhrases.IsGradeCell(text) ? text : null;
    }

    private static string LeftText(LayoutLine line, double columnLeft) =>
        string.Join(" ", line.Words.Where(w => w.Left < columnLeft).Select(w => w.Text));

    private static bool Crosses(LayoutLine line, double columnLeft) => line.Words.Any(w => w.Right > columnLeft);

    private static TextSegment? ClearGradeCell(LayoutLine line)
    {
        var last = line.Segments[^1];
        if (last.Left < GradeColumnMinLeft || !GradePhrases.IsGradeCell(last.Text)) return null;
        // A grade alone on its line, or after a wide gap: not the end of a sentence that wraps.
        return line.Segments.Count > 1 || last.Left > 0.45 ? last : null;
    }

    private static TableResult ReadPage(LayoutPage page, double columnLeft, bool continuation)
    {
        var lines = page.Lines;
        var cellLines = Enumerable.Range(0, lines.Count).Where(i => CellText(lines[i], columnLeft) is not null).ToList();
        if (cellLines.Count == 0 || (continuation && lines[cellLines[0]].Top > ContinuationTop)) return new TableResult([], null);
        // A label that runs right up to the column leaves no gap before its cell: such a line counts inside the table only.
        var first = cellLines[0];
        var last = cellLines[^1];
        for (var i = first; i <= last; i++)
            if (!cellLines.Contains(i) && CellText(lines[i], columnLeft, tight: true) is not null) cellLines.Add(i);
        cellLines.Sort();

        var cells = Cells(lines, cellLines, columnLeft, out var problem);
        if (cells is null) return new TableResult([], problem);
        var (top, bottom) = Extent(page, cellLines, columnLeft);

        var labelLines = Enumerable.Range(top, bottom - top + 1)
            .Where(i => (cellLines.Contains(i) || !Crosses(lines[i], columnLeft)) && LeftText(lines[i], columnLeft).Length > 0).ToList();
        var labels = cells.Select(_ => new List<string>()).ToList();
        var owners = RunOwners(lines, cells, labelLines) ?? labelLines.Select(i => Nearest(lines, cells, [i])).ToList();
        for (var n = 0; n < labelLines.Count; n++) labels[owners[n]].Add(LeftText(lines[labelLines[n]], columnLeft));
        var rows = new List<Judgement>();
        for (var k = 0; k < cells.Count; k++)
        {
            if (labels[k].Count == 0) return new TableResult(rows, $"a grade cell '{cells[k].Printed}' with no label beside it");
            var label = RowNumber().Replace(string.Join(" ", labels[k]).Trim(), "");
            var key = JudgementLabels.KeyFor(label);
            if (key is null) return new TableResult(rows, $"a judgement row labelled '{label}'");
            rows.Add(new Judgement(key, label, cells[k].Grade, cells[k].Printed, page.Number));
        }
        return new TableResult(rows, null, lines[cellLines[^1]].Top);
    }

    /// <summary>The grades of the column, read as one sequence so a cell that wraps ("Requires / improvement to be / good")
    /// reads whole; each grade keeps the lines it is printed on.</summary>
    private static List<Cell>? Cells(IReadOnlyList<LayoutLine> lines, List<int> cellLines, double columnLeft, out string problem)
    {
        var cells = new List<Cell>();
        var pending = new List<int>();
        var text = "";
        foreach (var i in cellLines)
        {
            var own = CellText(lines[i], columnLeft, tight: true)!;
            // "Requires improvement" / "to be good": the line carries the cell above on.
            if (pending.Count == 0 && cells.Count > 0 && CarriesOn().IsMatch(own))
            {
                pending.AddRange(cells[^1].Lines);
                text = cells[^1].Text;
                cells.RemoveAt(cells.Count - 1);
            }
            pending.Add(i);
            text = (text + " " + own).Trim();
            // A line ends a cell once what has gathered reads as one grade and does not end open ("Requires improvement to").
            var grades = GradePhrases.SplitSequence(text, out problem);
            if (problem.Length > 0) return null;
            if (grades is null || OpenGrade().IsMatch(text)) continue;
            if (grades.Count > 1)
            {
                problem = $"grade cells reading '{text}' where one cell was expected";
                return null;
            }
            cells.Add(new Cell([.. pending], grades[0].Grade, grades[0].Printed, text));
            pending.Clear();
            text = "";
        }
        if (text.Length > 0)
        {
            problem = $"grade cells reading '{text}'";
            return null;
        }
        problem = "";
        return cells;
    }

    /// <summary>The table's lines: from the first cell to the last, and the label lines above and below them that are
    /// set like the table (its type size, at most one and a half of its own line gaps away) and are not a paragraph's end.</summary>
    private static (int Top, int Bottom) Extent(LayoutPage page, List<int> cellLines, double columnLeft)
    {
        var lines = page.Lines;
        int first = cellLines[0], last = cellLines[^1];
        var gaps = Enumerable.Range(first + 1, last - first).Select(i => lines[i].Top - lines[i - 1].Top).Where(g => g > 0).Order().ToList();
        var gap = gaps.Count > 0 ? gaps[gaps.Count / 2] : page.LinePitch;
        var size = lines[first].FontSize;
        bool Belongs(int i, int neighbour) =>
            !Crosses(lines[i], columnLeft) && LeftText(lines[i], columnLeft).Length > 0
            && Math.Abs(lines[i].Top - lines[neighbour].Top) <= 1.5 * gap
            && (size <= 0 || lines[i].FontSize <= 0 || Math.Abs(lines[i].FontSize - size) <= 0.1 * size);
        // A line above the table that ends a sentence, or carries on a paragraph running across the page above it,
        // is that paragraph's last line, not a label.
        bool EndsParagraph(int i) =>
            HeadingLines.EndsClause(lines[i].Text)
            || (i > 0 && Crosses(lines[i - 1], columnLeft) && lines[i].Top - lines[i - 1].Top <= 1.3 * page.LinePitch);
        while (first > 0 && Belongs(first - 1, first) && !EndsParagraph(first - 1)) first--;
        while (last + 1 < lines.Count && Belongs(last + 1, last)) last++;
        return (first, last);
    }

    /// <summary>
    /// Where the table spaces its rows wider than its labels' lines, each run of label lines (broken where the gap is
    /// wider than a wrapped label's) is one row's label and goes whole to its nearest cell, so a grade printed above
    /// or below its label still finds it; null where rows are packed as close as lines (then each line goes to its
    /// nearest cell), or where the runs do not match the cells one to one.
    /// </summary>
    private static List<int>? RunOwners(IReadOnlyList<LayoutLine> lines, List<Cell> cells, List<int> labelLines)
    {
        if (labelLines.Count < 2) return null;
        var gaps = labelLines.Zip(labelLines.Skip(1), (a, b) => lines[b].Top - lines[a].Top).ToList();
        var wrap = gaps.Where(g => g > 0).DefaultIfEmpty(0).Min();
        if (wrap <= 0 || gaps.Max() <= 1.3 * wrap) return null;
        var runs = new List<List<int>> { new() { labelLines[0] } };
        for (var n = 1; n < labelLines.Count; n++)
        {
            if (gaps[n - 1] > 1.3 * wrap) runs.Add([]);
            runs[^1].Add(labelLines[n]);
        }
        if (runs.Count != cells.Count) return null;
        var owner = runs.Select(run => Nearest(lines, cells, run)).ToList();
        if (owner.Distinct().Count() != cells.Count) return null;
        return runs.SelectMany((run, r) => run.Select(_ => owner[r])).ToList();
    }

    /// <summary>The cell nearest some label lines, by the distance between the nearest of their lines; a tie goes to the cell above.</summary>
    private static int Nearest(IReadOnlyList<LayoutLine> lines, List<Cell> cells, List<int> labelLines)
    {
        var best = 0;
        var bestDistance = double.MaxValue;
        for (var k = 0; k < cells.Count; k++)
        {
            var distance = cells[k].Lines.Min(c => labelLines.Min(i => Math.Abs(lines[c].Top - lines[i].Top)));
            if (distance < bestDistance - 1e-9)
            {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    [GeneratedRegex(@"^\d\.(?:\d\.?)?\s+(?=[A-Z])")]
    private static partial Regex RowNumber();

    // "Requires improvement to be" waits for its "good"; "Requires improvement" alone is a whole (older) grade.
    [GeneratedRegex(@"(?:\brequires?|\bnot|\bto|\bbe)$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenGrade();

    [GeneratedRegex(@"^(?:to|be)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CarriesOn();
}
