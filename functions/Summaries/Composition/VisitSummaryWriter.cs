using Publishing.Reading.AreaSend;
using Publishing.Reading.Model;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

/// <summary>
/// The headline and standfirst of documents without a grade. A focused visit leads with its areas for priority action
/// (they are the news), says it gives no grade, and gives the council's last full inspection grade as context where
/// one is known; an area SEND inspection gives its outcome in Ofsted and CQC's own words.
/// </summary>
internal static class VisitSummaryWriter
{
    public static (string Headline, string Standfirst) FocusedVisit(InspectionReport report, FocusedVisitFindings visit, Trend trend)
    {
        var council = report.Council.Name;
        var carried = $"Ofsted's focused visit to {council}'s children's services, {CarriedOut(report)}"
            + (report.PublicationDate is { } p ? $" and published on {Prose.Date(p.Date)}" : "");
        var area = visit.AreaOfPractice is { } a ? $" {a.Value}" : "";
        var noGrade = "A focused visit gives no grade." + LastInspection(trend);
        var priorities = visit.AreasForPriorityAction;
        if (priorities.Count > 0)
        {
            var headline = $"{council} {JudgementNames.ChildrensServices}: {Count(priorities.Count)} for priority action after an Ofsted focused visit";
            var list = string.Join(" ", priorities.Select((item, i) => $"({i + 1}) {item.Value}"));
            return (headline, $"Areas for priority action: {list} {carried}, named {Count(priorities.Count)} for priority action.{area} {noGrade}");
        }
        if (visit.EarlierPriorityActions is { } earlier)
            return ($"{council} {JudgementNames.ChildrensServices}: earlier areas for priority action still stand after an Ofsted focused visit",
                $"{earlier.Value} {carried}.{area} {noGrade}");
        if (report.Unread.Any(u => u.Field == "areasForPriorityAction"))
            return ($"{council} {JudgementNames.ChildrensServices}: Ofsted focused visit (areas for priority action not read from the letter)",
                $"{carried}. The letter mentions areas for priority action, but they were not read from it: check the letter before reporting on them.{area} {noGrade}");
        return ($"{council} {JudgementNames.ChildrensServices}: Ofsted focused visit, no areas for priority action", $"{carried}, named no areas for priority action.{area} {noGrade}");
    }

    public static (string Headline, string Standfirst) AreaSend(InspectionReport report, AreaSendFindings send)
    {
        var headline = $"{send.Partnership.Value}: area SEND inspection finds {send.Outcome.Phrase()}";
        var standfirst = $"Ofsted and the Care Quality Commission's area SEND inspection of {send.Partnership.Value}, {CarriedOut(report)}"
            + (report.PublicationDate is { } p ? $" and published on {Prose.Date(p.Date)}" : "")
            + $", gives no grade. Its outcome, in the inspectorates' words: \"{send.OutcomeStatement.Value}\""
            + (send.AreasForPriorityAction.Count > 0 ? $" It names {Count(send.AreasForPriorityAction.Count)} for priority action." : "");
        return (headline, standfirst);
    }

    private static string LastInspection(Trend trend) =>
        trend.Previous?.Find(JudgementKeys.OverallEffectiveness) is { } overall
            ? $" At its last full inspection, published in {Prose.Year(trend.Previous.Published)}, the council's children's services were judged {overall.GradeWords} overall."
            : " No earlier full inspection grade is known here.";

    private static string Count(int n) => n == 1 ? "1 area" : $"{Prose.Number(n)} areas";

    private static string CarriedOut(InspectionReport report) =>
        report.InspectionDates is { } dates ? $"carried out {dates.Value.Printed}" : "(dates: not read from the letter)";
}
