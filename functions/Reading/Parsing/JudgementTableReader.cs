using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>
/// Reads a judgement table by its layout: grade cells stand in a right-hand column, labels to their left,
/// and rows are blocks of lines separated by more than the usual line spacing (a wrapped grade cell sits
/// beside its label's lines, so rows are found by spacing, not by lines).
/// </summary>
internal static partial class JudgementTableReader
{
    private const double GradeColumnMinLeft = 0.38;

    /// <param name="Bottom">Top of the table's last grade line on its page, for reading what follows the table.</param>
    public sealed record TableResult(IReadOnlyList<Judgement> Rows, string? Problem, double Bottom = 0);

    public static TableResult Read(LayoutDocument document, int firstPage, int lastPage)
    {
        foreach (var page in document.Pages.Where(p => p.Number >= firstPage && p.Number <= lastPage))
        {
            var clearCells = page.Lines.Select(ClearGradeCell).Where(c => c is not null).Select(c => c!).ToList();
            if (clearCells.Count < 3) continue;
            // The grade column starts where most clear cells start.
            var columnLeft = clearCells.GroupBy(c => Math.Round(c.Left, 2)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Min(c => c.Left);
            return ReadPage(page, columnLeft - 0.012);
        }
        return new TableResult([], "no judgement table (a right-hand column of grades) on the pages searched");
    }

    /// <summary>The words of a line that stand in the grade column, when they are grade words.</summary>
    private static string? CellText(LayoutLine line, double columnLeft)
    {
        var cellWords = line.Words.Where(w => w.Left >= columnLeft).ToList();
        if (cellWords.Count == 0) return null;
        // A cell starts at the column; words of a sentence that merely runs past it do not.
        if (cellWords[0].Left > columnLeft + 0.03) return null;
        var lastLeft = line.Words.LastOrDefault(w => w.Left < columnLeft);
        if (lastLeft is not null && cellWords[0].Left - lastLeft.Right < 0.012) return null;
        var text = string.Join(" ", cellWords.Select(w => w.Text));
        return GradePhrases.IsGradeCell(text) ? text : null;
    }

    private static string LeftText(LayoutLine line, double columnLeft) =>
        string.Join(" ", line.Words.Where(w => w.Left < columnLeft).Select(w => w.Text));

    private static TextSegment? ClearGradeCell(LayoutLine line)
    {
        var last = line.Segments[^1];
        if (last.Left < GradeColumnMinLeft || !GradePhrases.IsGradeCell(last.Text)) return null;
        // A grade alone on its line, or after a wide gap: not the end of a sentence that wraps.
        return line.Segments.Count > 1 || last.Left > 0.45 ? last : null;
    }

    private static TableResult ReadPage(LayoutPage page, double columnLeft)
    {
        var lines = page.Lines;
        var blocks = new List<List<LayoutLine>>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0 || lines[i].Top - lines[i - 1].Top > 1.45 * page.LinePitch) blocks.Add([]);
            blocks[^1].Add(lines[i]);
        }

        // Labels come from each block (several rows where the block holds numbered or side-by-side rows);
        // grades come from all cells read in order, so a grade that wraps across a block break still reads whole.
        var labels = new List<string>();
        var gradeText = new List<string>();
        var bottom = 0.0;
        foreach (var block in blocks)
        {
            var cellLines = block.Where(l => CellText(l, columnLeft) is not null).ToList();
            if (cellLines.Count == 0) continue;
            gradeText.AddRange(cellLines.Select(l => CellText(l, columnLeft)!));
            bottom = cellLines[^1].Top;
            labels.AddRange(BlockLabels(block, cellLines, columnLeft));
        }
        var joinedGrades = string.Join(" ", gradeText);
        var grades = GradePhrases.SplitSequence(joinedGrades);
        if (grades is null) return new TableResult([], $"grade cells reading '{joinedGrades}'");
        if (labels.Count != grades.Count)
            return new TableResult([], $"{labels.Count} label(s) ('{string.Join(" | ", labels)}') beside {grades.Count} grade(s) ('{joinedGrades}')");
        var rows = new List<Judgement>();
        for (var k = 0; k < labels.Count; k++)
        {
            var key = JudgementLabels.KeyFor(labels[k]);
            if (key is null) return new TableResult(rows, $"a judgement row labelled '{labels[k]}'");
            rows.Add(new Judgement(key, labels[k], grades[k].Grade, grades[k].Printed, page.Number));
        }
        return new TableResult(rows, null, bottom);
    }

    private static List<string> BlockLabels(List<LayoutLine> block, List<LayoutLine> cellLines, double columnLeft)
    {
        // Labels never cross the grade column: a line that does is a heading above the table or a paragraph below it.
        var lefts = new List<(LayoutLine Line, string Text)>();
        foreach (var line in block)
        {
            var crosses = line.Words.Any(w => w.Right > columnLeft) && !cellLines.Contains(line);
            if (crosses && lefts.Any(l => cellLines.Contains(l.Line))) break;
            if (crosses) lefts.Clear();
            else lefts.Add((line, LeftText(line, columnLeft)));
        }
        if (lefts.All(l => l.Text.Length == 0)) return [];

        // Rows packed without spacing: each cell line starts a row, and its label begins on that line.
        var cellsWithLabels = cellLines.Count(l => LeftText(l, columnLeft).Length > 0);
        if (cellLines.Count > 1 && cellsWithLabels == cellLines.Count
            && GradePhrases.SplitSequence(string.Join(" ", cellLines.Select(l => CellText(l, columnLeft)!)))?.Count == cellLines.Count)
        {
            return SplitAt(lefts, l => cellLines.Contains(l.Line)).Select(r => RowNumber().Replace(r, "")).ToList();
        }

        // Numbered rows (SIF: "1.", "2.1"): each numbered line starts a row; a grade may sit above or below its label.
        if (lefts.Any(l => RowNumber().IsMatch(l.Text)))
            return SplitAt(lefts, l => RowNumber().IsMatch(l.Text)).Select(r => RowNumber().Replace(r, "")).ToList();

        return [string.Join(" ", lefts.Where(l => l.Text.Length > 0).Select(l => l.Text)).Trim()];
    }

    private static List<string> SplitAt(List<(LayoutLine Line, string Text)> lefts, Func<(LayoutLine Line, string Text), bool> startsRow)
    {
        var rows = new List<string>();
        foreach (var left in lefts.SkipWhile(l => !startsRow(l)))
        {
            if (startsRow(left)) rows.Add(left.Text);
            else if (left.Text.Length > 0) rows[^1] += " " + left.Text;
        }
        return rows.Select(r => r.Trim()).ToList();
    }

    [GeneratedRegex(@"^\d\.(?:\d\.?)?\s+(?=[A-Z])")]
    private static partial Regex RowNumber();
}
