using Publishing.Reading.Model;
using Publishing.Statements;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

/// <summary>Composes a <see cref="PressSummary"/> from a report, its statements, an "as at" instant and context data. Pure: the same inputs give the same summary.</summary>
public sealed class SummaryComposer(SummaryContext context)
{
    private readonly SummaryContext _context = context ?? throw new ArgumentNullException(nameof(context));

    public PressSummary Compose(InspectionReport report, IReadOnlyList<StatementRecord> statements, DateTimeOffset asAt)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(statements);
        var published = report.PublishedOrInspected;
        var judgements = report.Judgements.Select(ToSummary).ToList();
        var overall = report.OverallEffectiveness.Given && report.OverallEffectiveness.Judgement is { } o ? ToSummary(o) : null;
        var spread = SpreadFinder.Find(overall, judgements);
        var trend = TrendBuilder.Build(report, published, _context.History, _context.Outcomes);
        var (headline, standfirst) = report switch
        {
            { FocusedVisit: { } visit } => VisitSummaryWriter.FocusedVisit(report, visit, trend),
            { AreaSend: { } send } => VisitSummaryWriter.AreaSend(report, send),
            _ => HeadlineWriter.Write(report, overall, judgements, spread, trend),
        };
        var whatNeedsToImprove = report.WhatNeedsToImprove.Select(Verbatim).ToList();
        return new PressSummary
        {
            ReportId = ReportIds.For(report.Council.Key, published),
            AsAt = asAt,
            Council = report.Council.Name,
            CouncilKey = report.Council.Key,
            Published = report.PublicationDate?.Date,
            Headline = headline,
            Standfirst = standfirst,
            Overall = overall,
            OverallExplanation = report.OverallEffectiveness.Explanation,
            Judgements = judgements,
            Spread = spread,
            Trend = trend,
            Picture = NationalPictureBuilder.Build(report, published, _context.History, _context.Outcomes),
            WhatNeedsToImprove = whatNeedsToImprove,
            ImprovementsFirst = ImprovementOrder.Lead(judgements, whatNeedsToImprove),
            Strengths = report.Strengths.Select(Verbatim).ToList(),
            StatementsGiven = statements.Count > 0,
            SectorResponse = SectorResponseBuilder.Build(statements, asAt, _context.Links),
            Notes = NotesWriter.Write(report, _context.Links),
            DocumentType = report.DocumentType,
            AreasForPriorityAction = (report.FocusedVisit?.AreasForPriorityAction ?? report.AreaSend?.AreasForPriorityAction)?.Select(Verbatim).ToList(),
        };
    }

    private static SummaryJudgement ToSummary(Judgement j) =>
        new(j.Key, j.Label, JudgementNames.ShortName(j.Key), j.Grade, j.GradeWords, FactSource.ReportPage(j.Page));

    private static SourcedText Verbatim(Sourced<string> item) => new(item.Value, FactSource.ReportPage(item.Page));
}
