using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Publishing.Tests.Samples;

/// <summary>
/// Builds the project's own sample report: a fictional council (Northmoor) in the real ILACS 2023 layout,
/// so the README's first command works without the corpus. Also builds look-alike hostile documents.
/// </summary>
public static class FictionalReport
{
    public const string SampleFileName = "northmoor-2025-11-14.pdf";

    public static readonly (string Label1, string Label2, string Grade)[] Rows =
    [
        ("The impact of leaders on social work", "practice with children and families", "Requires improvement to be good"),
        ("The experiences and progress of", "children who need help and protection", "Inadequate"),
        ("The experiences and progress of", "children in care", "Good"),
        ("The experiences and progress of care", "leavers", "Good"),
        ("Overall effectiveness", "", "Inadequate"),
    ];

    public static readonly string[] Improvements =
    [
        "The timeliness of responses to children at risk of harm when contacts are first received at the front door.",
        "The quality of management oversight and supervision of social work practice.",
        "The sufficiency of local homes for children in care, so that fewer live far from Northmoor.",
    ];

    public static byte[] Build(IReadOnlyList<(string Label1, string Label2, string Grade)>? rows = null, bool withTable = true, string title = "Inspection of Northmoor local authority",
        string inspectionDates = "15 to 26 September 2025", string? lineAfterTable = null)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        double y = 760;
        void Line(string text, double x = 70, double size = 11, bool isBold = false, double step = 14.5)
        {
            page.AddText(text, size, new PdfPoint(x, y), isBold ? bold : regular);
            y -= step;
        }

        Line(title, size: 20, isBold: true, step: 24);
        Line("children's services", size: 20, isBold: true, step: 26);
        Line("Inspection dates: " + inspectionDates, size: 12, isBold: true, step: 22);
        Line("Lead inspector: Alex Fairweather, His Majesty's Inspector", size: 12, step: 30);
        if (withTable)
        {
            page.AddText("Judgement", 11, new PdfPoint(78, y), bold);
            Line("Grade", x: 330, isBold: true, step: 24);
            foreach (var (label1, label2, grade) in rows ?? Rows)
            {
                page.AddText(label1, 11, new PdfPoint(78, y), regular);
                Line(grade, x: 330);
                if (label2.Length > 0) Line(label2, x: 78);
                y -= 14;
            }
        }
        y -= 6;
        if (lineAfterTable is not null)
        {
            y -= 30;
            Line(lineAfterTable, step: 40);
        }
        foreach (var text in new[]
        {
            "Since the last inspection in 2021, when services were judged to require improvement to be good,",
            "the quality of help and protection for children in Northmoor has declined. Leaders have not",
            "understood the extent of delay at the front door, and some children have been left at risk.",
        })
        {
            Line(text, step: 14.5);
        }
        y -= 10;
        Line("Services for children in care and care leavers remain good. Children live in stable homes and", step: 15);
        Line("care leavers are well supported by personal advisers who know them well.", step: 28);
        Line("What needs to improve?", size: 13, isBold: true, step: 20);
        foreach (var item in Improvements)
        {
            Line("\u2022 " + item, size: 10, step: 14.5);
        }
        y -= 10;
        Line("The experiences and progress of children who need help and protection: inadequate", size: 12, isBold: true, step: 20);
        Line("1. Children and families do not receive a timely response when concerns are first raised.");
        return builder.Build();
    }

    /// <summary>A well-formed PDF about something else entirely.</summary>
    public static byte[] NotAReport()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var page = builder.AddPage(PageSize.A4);
        page.AddText("Minutes of the parish council meeting, 3 March 2025", 14, new PdfPoint(70, 760), font);
        page.AddText("Present: the chair, the clerk and four councillors.", 11, new PdfPoint(70, 730), font);
        return builder.Build();
    }

    /// <summary>A PDF whose only page carries drawing and no text, as a scanned report would.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(70, 400), 400, 300, 2, fill: true);
        return builder.Build();
    }
}
