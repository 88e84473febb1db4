using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Publishing.Tests.Reading.Parsing;

/// <summary>
/// Builds small ILACS-style report PDFs with the judgement table laid out exactly as a test says: each row's label
/// lines and the line its grade stands beside, the gap between rows, and where a page breaks.
/// </summary>
internal sealed class TablePdf
{
    /// <param name="RunsUpToColumn">The label line beside the grade ends a few points before the grade column (no clear gap).</param>
    public sealed record Row(string[] Label, string Grade, int GradeBesideLine = 0, bool RunsUpToColumn = false);

    public const double GradeColumn = 330;
    private const double LabelX = 78;
    private const double Body = 11;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private PdfPageBuilder _page;
    private double _y = 760;

    public TablePdf(string title = "Inspection of Northmoor local authority", string titleSecondLine = "children's services")
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _page = _builder.AddPage(PageSize.A4);
        Text(title, 20, bold: true, step: 24);
        Text(titleSecondLine, 20, bold: true, step: 26);
        Text("Inspection dates: 15 to 26 September 2025", 12, step: 22);
        Text("Lead inspector: Alex Fairweather, His Majesty's Inspector", 12, step: 30);
        _page.AddText("Judgement", Body, new PdfPoint(LabelX, _y), _bold);
        _page.AddText("Grade", Body, new PdfPoint(GradeColumn, _y), _bold);
        _y -= 24;
    }

    /// <summary>The rows, each label line <paramref name="linePitch"/> below the last and <paramref name="rowGap"/>
    /// between rows (a grade beside line -1 stands a line above its label).</summary>
    public TablePdf Rows(IEnumerable<Row> rows, double linePitch = 13, double rowGap = 14)
    {
        foreach (var row in rows)
        {
            var top = _y;
            for (var i = 0; i < row.Label.Length; i++)
            {
                var x = row.RunsUpToColumn && i == row.GradeBesideLine ? GradeColumn - 3 - Width(row.Label[i]) : LabelX;
                _page.AddText(row.Label[i], Body, new PdfPoint(x, top - i * linePitch), _regular);
            }
            _page.AddText(row.Grade, Body, new PdfPoint(GradeColumn, top - row.GradeBesideLine * linePitch), _regular);
            _y = top - Math.Max(row.Label.Length - 1, row.GradeBesideLine) * linePitch - rowGap;
        }
        return this;
    }

    public TablePdf Paragraph(params string[] lines)
    {
        _y -= 12;
        foreach (var line in lines) Text(line, Body, step: 14.5);
        return this;
    }

    /// <summary>A new page, with a running header as reports print one.</summary>
    public TablePdf NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        _y = 800;
        Text("Inspection of Northmoor local authority children's services", 8, step: 40);
        return this;
    }

    public byte[] Build() => _builder.Build();

    private double Width(string text)
    {
        var scratch = new PdfDocumentBuilder();
        var letters = scratch.AddPage(PageSize.A4).AddText(text, Body, new PdfPoint(0, 400), scratch.AddStandard14Font(Standard14Font.Helvetica));
        return letters.Max(l => l.EndBaseLine.X);
    }

    private void Text(string text, double size, bool bold = false, double step = 14.5)
    {
        _page.AddText(text, size, new PdfPoint(70, _y), bold ? _bold : _regular);
        _y -= step;
    }

    public static readonly string[][] IlacsLabels =
    [
        ["The impact of leaders on social work", "practice with children and families"],
        ["The experiences and progress of", "children who need help and protection"],
        ["The experiences and progress of", "children in care"],
        ["The experiences and progress of care", "leavers"],
        ["Overall effectiveness"],
    ];

    public static readonly string[] IlacsGrades = ["Requires improvement to be good", "Inadequate", "Good", "Good", "Inadequate"];

    public static string[] JoinedLabels => IlacsLabels.Select(l => string.Join(" ", l)).ToArray();

    public static IEnumerable<Row> IlacsRows(Func<int, Row, Row>? shape = null) =>
        IlacsLabels.Select((label, i) => shape is null ? new Row(label, IlacsGrades[i]) : shape(i, new Row(label, IlacsGrades[i])));

    public static readonly string[] Findings =
    [
        "Help and protection for children in Northmoor has declined since the last inspection, and leaders",
        "have not understood the extent of delay at the front door; some children have been left at risk.",
    ];
}
