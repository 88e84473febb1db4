using Publishing.Reading.Model;
using Publishing.Reading.Layout;

namespace Publishing.Reading.Parsing;

/// <summary>What the title block gave, for the parsers of each kind of report.</summary>
internal sealed record TitleFacts(Council Council, CouncilSource CouncilSource, Sourced<InspectionDates>? Dates, PublicationDate? Publication, List<UnreadField> Unread);

/// <summary>A stand-alone review of a Local Safeguarding Children Board: its one judgement is stated in its opening
/// sentence ("The Local Safeguarding Children Board in X is good"); there is no table and no overall effectiveness.</summary>
internal static class LscbReviewParser
{
    public static ReadResult Parse(LayoutDocument document, TitleFacts title)
    {
        var lscb = HeadlineJudgementReader.ReadLscb(document, pages: 2);
        if (lscb is null)
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, "the LSCB review's judgement in its opening sentence", "no sentence stating the LSCB's effectiveness on the first pages");
        var sections = new SectionReader(document);
        return ReadResult.Success(new InspectionReport
        {
            Council = title.Council,
            CouncilSource = title.CouncilSource,
            Framework = Framework.LscbReview,
            InspectionDates = title.Dates,
            PublicationDate = title.Publication,
            StatedPublicationDate = TitleBlockReader.ReadStatedPublicationDate(document),
            LeadInspector = TitleBlockReader.ReadLeadInspector(document),
            Judgements = [lscb],
            OverallEffectiveness = new OverallEffectiveness(false, null, "A review of the Local Safeguarding Children Board judges the board alone; it gives no overall effectiveness grade for children's services."),
            Lscb = lscb,
            Headline = [],
            WhatNeedsToImprove = sections.ItemsAfter(ReportParser.WhatNeedsToImproveHeading()),
            Strengths = [],
            ProgressSinceLastInspection = [],
            PageCount = document.Pages.Count,
            Unread = title.Unread,
        });
    }
}
