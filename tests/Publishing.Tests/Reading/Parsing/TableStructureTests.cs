using Publishing.Reading;
using Publishing.Reading.Model;

namespace Publishing.Tests.Reading.Parsing;

/// <summary>The judgement table read by its structure, in layouts the corpus does not have (each a class of layout seen
/// on unseen reports), from generated PDFs.</summary>
public class TableStructureTests
{
    private const string FileName = "northmoor-2025-11-14.pdf";
    private readonly ReportReader _reader = new();

    private InspectionReport Read(byte[] pdf)
    {
        var result = _reader.ReadPdf(pdf, FileName);
        Assert.True(result.Succeeded, result.Succeeded ? "" : result.Failure.Message);
        return result.Report;
    }

    private static void AssertIlacsTable(InspectionReport report)
    {
        Assert.Equal(TablePdf.JoinedLabels, report.Judgements.Select(j => j.Label));
        Assert.Equal(TablePdf.IlacsGrades, report.Judgements.Select(j => j.GradeWords));
        Assert.Equal(Framework.Ilacs2023, report.Framework);
    }

    [Fact]
    public void Read_UsualLayout_ReadsEveryRow() =>
        AssertIlacsTable(Read(new TablePdf().Rows(TablePdf.IlacsRows()).Paragraph(TablePdf.Findings).Build()));

    [Fact]
    public void Read_RowsCloserThanThePagesLineSpacing_EachGradeCellMakesOneRow()
    {
        // Three-line labels with the grade beside the middle line, rows packed with no more space than between lines.
        var rows = TablePdf.IlacsLabels.Select((label, i) => new TablePdf.Row(label.Length == 2 ? [label[0], label[1], "(continued)"] : label, TablePdf.IlacsGrades[i], GradeBesideLine: label.Length == 2 ? 1 : 0));
        var report = Read(new TablePdf().Rows(rows, linePitch: 10, rowGap: 10).Paragraph(TablePdf.Findings).Build());

        Assert.Equal(TablePdf.IlacsGrades, report.Judgements.Select(j => j.GradeWords));
        Assert.Equal(TablePdf.IlacsLabels.Select(l => string.Join(" ", l.Length == 2 ? [.. l, "(continued)"] : l)), report.Judgements.Select(j => j.Label));
    }

    [Fact]
    public void Read_GradePrintedAboveItsLabel_GoesToTheLabelBelowIt()
    {
        // Each grade on a line of its own above its label, the second label line as near the next row's grade as its own.
        var rows = TablePdf.IlacsLabels.Select((label, i) => new TablePdf.Row(["", .. label], TablePdf.IlacsGrades[i]));
        var report = Read(new TablePdf().Rows(rows, linePitch: 11, rowGap: 18).Paragraph(TablePdf.Findings).Build());

        AssertIlacsTable(report);
    }

    [Fact]
    public void Read_LabelRunningRightUpToTheGradeColumn_IsStillItsRow() =>
        AssertIlacsTable(Read(new TablePdf().Rows(TablePdf.IlacsRows((i, row) => i == 1 ? row with { RunsUpToColumn = true } : row)).Paragraph(TablePdf.Findings).Build()));

    [Fact]
    public void Read_TableContinuedOnTheNextPage_IsFollowedWhileRowsAreMissing()
    {
        var rows = TablePdf.IlacsRows().ToList();
        var pdf = new TablePdf().Rows(rows.Take(3)).NewPage().Rows(rows.Skip(3)).Paragraph(TablePdf.Findings).Build();

        var report = Read(pdf);

        AssertIlacsTable(report);
        Assert.Equal([1, 1, 1, 2, 2], report.Judgements.Select(j => j.Page));
    }

    [Fact]
    public void Read_GradeWithAgreeingGradeNumber_ReadsTheWord() =>
        AssertIlacsTable(Read(new TablePdf().Rows(TablePdf.IlacsRows((_, row) => row with { Grade = row.Grade + " Grade " + Rank(row.Grade) })).Build()));

    [Fact]
    public void Read_GradeNumberDisagreeingWithTheWord_IsRefusedNotGuessed()
    {
        var pdf = new TablePdf().Rows(TablePdf.IlacsRows((i, row) => i == 1 ? row with { Grade = "Inadequate Grade 2" } : row)).Build();

        var result = _reader.ReadPdf(pdf, FileName);

        Assert.False(result.Succeeded);
        Assert.Equal(ReadFailureKind.UnknownLayout, result.Failure!.Kind);
        Assert.Contains("disagrees", result.Failure.Found);
    }

    [Fact]
    public void Read_ParagraphEndingJustAboveTheTable_IsNotTakenForALabel()
    {
        var pdf = new TablePdf().Paragraph("Inspectors found that some children wait too long for help, and that", "leaders know it.").Rows(TablePdf.IlacsRows()).Build();

        AssertIlacsTable(Read(pdf));
    }

    private static int Rank(string grade) => grade switch { "Outstanding" => 1, "Good" => 2, "Inadequate" => 4, _ => 3 };
}
