using Publishing.Reading.Model;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

internal static class NotesWriter
{
    public const string InspectionDatesUnread = "not read from the report";

    public static NotesToEditors Write(InspectionReport report, SummaryLinks links)
    {
        var sources = new List<FactSource>();
        if (report.InspectionDates is { } dates) sources.Add(FactSource.ReportPage(dates.Page));
        if (report.LeadInspector is { } lead) sources.Add(FactSource.ReportPage(lead.Page));
        return new NotesToEditors(
            report.InspectionDates?.Value.Printed ?? InspectionDatesUnread,
            report.PublicationDate?.Date,
            report.Framework.Describe(),
            report.Era,
            report.LeadInspector?.Value,
            GradeMeanings(report.Framework),
            links.ReportUrl?.ToString(),
            sources);
    }

    private static string GradeMeanings(Framework framework) => framework switch
    {
        Framework.LookedAfterChildren2013 =>
            "This 2013 inspection graded on the scale used before the single inspection framework: Outstanding, Good, Adequate, Inadequate.",
        Framework.FocusedVisit =>
            "A focused visit is not graded: Ofsted looks at one area of practice and may name areas for priority action, which the council must answer with an action plan.",
        Framework.AreaSend =>
            "Area SEND inspections are not graded: Ofsted and CQC conclude with one of three outcomes (positive experiences and outcomes; inconsistent experiences and outcomes; significant concerns).",
        Framework.Ilacs2026 =>
            "Each judgement is graded Outstanding, Good, Requires improvement to be good or Inadequate. The 2026 format gives no overall effectiveness grade.",
        _ =>
            "Ofsted grades on a four-point scale: Outstanding, Good, Requires improvement to be good, Inadequate. Inadequate means children are, or may be, at risk of harm or services are failing; Requires improvement to be good means services are not yet good, though no widespread or serious failures leave children harmed or at risk.",
    };
}
