using Publishing.Reading.Layout;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;

namespace Publishing.Reading.AreaSend;

/// <summary>
/// Reads an area SEND report's action tables ("Areas for priority action", "Areas for improvement"): one cell per
/// action, sometimes beside a "Responsible body" column. The actions run on without a gap between them, so one starts
/// where the one before ended a sentence and the next line begins with a capital, and either the responsible body's
/// column starts again beside it or the line before stopped short of the margin (a bullet carries an action on).
/// </summary>
internal static class ActionCells
{
    private const double ColumnTolerance = 0.02;
    private const double ShortLine = 0.06;

    public static IReadOnlyList<Sourced<string>> Read(LayoutDocument document, string heading)
    {
        var actions = new List<Sourced<string>>();
        var (startPage, startLine) = Heading(document, heading);
        if (startPage is null) return actions;
        double? column = null;
        var current = new System.Text.StringBuilder();
        var currentPage = startPage.Number;
        var previousRight = 0.0;
        var bodySize = startPage.Lines.Where(l => l.FontSize > 0).GroupBy(l => Math.Round(l.FontSize)).MaxBy(g => g.Count())?.Key ?? 0;
        foreach (var page in document.Pages.Where(p => p.Number >= startPage.Number))
        {
            var margin = page.Lines.Count == 0 ? 1 : page.Lines.Max(l => l.Right);
            for (var i = page == startPage ? startLine + 1 : 0; i < page.Lines.Count; i++)
            {
                var line = page.Lines[i];
                var text = TextNormalizer.ForMatching(line.Text);
                if (text.StartsWith("responsible bod", StringComparison.Ordinal))
                {
                    column = line.Segments.Count > 1 ? line.Segments[1].Left : column;
                    continue;
                }
                if (text == heading) continue; // the table's own header row repeats the heading
                if (line.IsBold && HeadingLines.IsHeading(page, i)) return Finish(actions, current, currentPage);
                if (bodySize > 0 && line.FontSize > 0 && line.FontSize < bodySize * 0.9) continue; // running footer
                if (line.Text.Trim().All(ch => char.IsDigit(ch) || ch is ' ' or '|')) continue;
                var cells = column is { } c ? line.Segments.Where(s => s.Left >= c - ColumnTolerance).ToList() : line.Segments.ToList();
                var right = string.Join(" ", cells.Select(s => s.Text)).Trim();
                if (right.Length == 0) continue;
                var bodyBeside = column is { } col && line.Segments[0].Left < col - ColumnTolerance;
                var endedBefore = current.Length > 0 && current.ToString().TrimEnd().EndsWith('.');
                var startsAction = endedBefore && char.IsUpper(right[0]) && (bodyBeside || previousRight < margin - ShortLine);
                if (startsAction)
                {
                    actions.Add(new Sourced<string>(current.ToString(), currentPage));
                    current.Clear();
                }
                if (current.Length == 0) currentPage = page.Number;
                else current.Append(current[^1] == '-' ? "" : " ");
                current.Append(right);
                previousRight = line.Right;
            }
        }
        return Finish(actions, current, currentPage);
    }

    private static (LayoutPage? Page, int Line) Heading(LayoutDocument document, string heading)
    {
        foreach (var page in document.Pages)
        {
            for (var i = 0; i < page.Lines.Count; i++)
            {
                if (TextNormalizer.ForMatching(page.Lines[i].Text) == heading && HeadingLines.IsHeading(page, i)) return (page, i);
            }
        }
        return (null, 0);
    }

    private static List<Sourced<string>> Finish(List<Sourced<string>> actions, System.Text.StringBuilder current, int page)
    {
        if (current.Length > 0) actions.Add(new Sourced<string>(current.ToString(), page));
        return actions;
    }
}
