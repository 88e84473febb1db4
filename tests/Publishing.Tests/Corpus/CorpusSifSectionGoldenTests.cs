using Publishing.Reading;
using Publishing.Reading.Model;

namespace Publishing.Tests.Corpus;

/// <summary>
/// Golden checks of the strengths, progress and previous-outcome sections of reports from each era, the expected text
/// typed from the PDFs' own text (pdftotext), not from the reader. Items are verbatim; a list nested inside an item
/// is run on with "; " between its entries where an entry has no punctuation of its own.
/// </summary>
public class CorpusSifSectionGoldenTests
{
    private static readonly ReportReader Reader = new(new ReportReaderOptions { TimeBudget = TimeSpan.FromMinutes(2) });

    [SkippableFact]
    public void Read_Blackpool2014Sif_StrengthsProgressAndPreviousOutcome()
    {
        var report = Read("blackpool-2014-09-08.pdf");

        Assert.Equal(14, report.Strengths.Count);
        AssertItem(7, "No children or young people seen by inspectors were unsafe. Where children and young people had been identified as being at risk of harm, speedy action was taken to reduce risk in all cases seen.", report.Strengths[0]);
        AssertItem(8, "Improvements in the adoption service have led to 44 children being placed for adoption in 2013–14, an increase from 22 children in 2012–13.", report.Strengths[^1]);

        Assert.Equal(5, report.ProgressSinceLastInspection.Count);
        AssertItem(9, "The local authority has made significant progress in addressing the weaknesses identified in the inspection of 2012, which judged services to be inadequate. The senior leadership team structure has been revised and strengthened by the creation of the head of children’s social care and principal social worker posts. The DCS and her new leadership team have engaged staff at all levels in the improvement journey resulting in improved staff morale.", report.ProgressSinceLastInspection[0]);
        AssertItem(9, "The local authority and its partners now have a children’s joint strategic needs analysis (CJSNA), which is being used to influence service development and delivery. Improvement work has rightly focused on those children requiring help or protection, and has been successful in implementing safe structures and processes.", report.ProgressSinceLastInspection[^1]);

        // "Other Ofsted Inspections": the children's homes entry is not the council's previous inspection.
        AssertItem(13, "The previous inspection of Blackpool’s arrangements for the protection of children was in July 2012. The local authority was judged to be inadequate. The previous inspection of Blackpool’s services for looked after children was in December 2009. The local authority was judged to be good.", report.PreviousInspection);
    }

    [SkippableFact]
    public void Read_Kent2013LookedAfterChildren_AreasForImprovementWithoutTheirLeadInOrTimescales()
    {
        var report = Read("kent-2013-08-23.pdf");

        // "Areas for improvement": paragraph 22 leads in, then actions under "Immediately:" (3), "Within three months:"
        // (6) and "Within six months:" (3). The lead-in and the timescale subheadings are not items.
        Assert.Equal(12, report.WhatNeedsToImprove.Count);
        AssertItem(8, "improve the quality of supervision and management oversight in casework", report.WhatNeedsToImprove[0]);
        AssertItem(9, "improve looked after children’s participation in and ownership of PEPs and Pathway Planning", report.WhatNeedsToImprove[3]);
        AssertItem(9, "improve the timeliness of care proceedings.", report.WhatNeedsToImprove[8]);
        AssertItem(9, "review the arrangements for the independent reviewing services to ensure that the case loads of the independent reviewing officers (IROs) are manageable.", report.WhatNeedsToImprove[^1]);
    }

    [SkippableFact]
    public void Read_Bolton2014Sif_StrengthsUnderTheFirstReportsHeading()
    {
        var report = Read("bolton-2014-03-21.pdf");

        // "The local authority has the following strengths:" inside the summary of key findings, items 11 to 20.
        Assert.Equal(10, report.Strengths.Count);
        AssertItem(4, "Agencies in Bolton work well together to provide early help to children and their families.", report.Strengths[0]);
        AssertItem(5, "The children in care council is active and influential, meeting with senior officers and elected members to contribute to service developments. Councillors, particularly those responsible for children’s services, have a good understanding of social work services from weekly briefings with senior officers and through meeting children and young people.", report.Strengths[^1]);
        Assert.StartsWith("This local authority requires improvement and is not yet good because", report.Headline[0].Value, StringComparison.Ordinal);

        // No "Progress since the last inspection" section in this report.
        Assert.Empty(report.ProgressSinceLastInspection);
        Assert.NotNull(report.PreviousInspection);
        Assert.Equal(10, report.PreviousInspection.Page);
        Assert.StartsWith("The previous inspection of Bolton’s safeguarding arrangements was in March 2012. The local authority was judged to be Good. The previous inspection of Bolton’s services for looked after children was in March 2012. The local authority was judged to be Good.", report.PreviousInspection.Value, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Read_StHelens2015Sif_ProgressItemKeepsItsNestedList()
    {
        var report = Read("st-helens-2015-01-20.pdf");

        Assert.Equal(7, report.Strengths.Count);
        AssertItem(6, "The workforce strategy (2014–15) and updated supervision policy are of good quality. There is a solid offer of support for newly qualified social workers (NQSW’s) and social workers in their first year of qualification (ASYE). A comprehensive training and development plan and access to good quality training supports the recruitment and retention of qualified social workers.", report.Strengths[0]);
        AssertItem(7, "Young carers are given a high profile. A commissioned service wraps around children and young people between the ages of six and 18 years of age providing group work, one-to-one support, weekends away and emergency responses. There are clear pathways to children’s social care if safeguarding needs are identified.", report.Strengths[^1]);

        // Items 35 to 44; item 35 carries a bulleted list of three outstanding recommendations.
        Assert.Equal(10, report.ProgressSinceLastInspection.Count);
        AssertItem(7, "Safeguarding and looked after children services in St Helens were last inspected in June 2012. That inspection judged the overall effectiveness for both safeguarding and looked after children services to be good, with outcomes for safeguarding judged to be adequate. Action planning in response to that inspection has been methodical although, three recommendations remain outstanding: the local authority is not yet ensuring that all looked after children receive their annual health assessment within statutory timescales; the authority has not improved the quality of Personal Education Plans (PEPs) nor improved the quality of pathway plans for care leavers. the authority has not yet ensured that team managers in assessment teams are having sufficient impact on individual cases and social work practice to improve the quality of assessments and care planning.", report.ProgressSinceLastInspection[0]);
        AssertItem(8, "The educational attainment of looked after children and the numbers of care leavers in employment, education and training have deteriorated significantly since the last inspection.", report.ProgressSinceLastInspection[1]);
        AssertItem(9, "In August 2014, the local authority implemented a new Quality Assurance Framework and a review of the safeguarding unit is underway. This new framework is yet to have an impact on improving the consistency and quality of social work practice.", report.ProgressSinceLastInspection[^1]);

        // Its "Other Ofsted inspections" lists only children's homes, so the outcome comes from the progress section.
        AssertItem(7, "Safeguarding and looked after children services in St Helens were last inspected in June 2012. That inspection judged the overall effectiveness for both safeguarding and looked after children services to be good, with outcomes for safeguarding judged to be adequate.", report.PreviousInspection);
    }

    [SkippableFact]
    public void Read_Rotherham2018SifReinspection_PreviousJudgementsFromItsInspectionList()
    {
        var report = Read("rotherham-2018-01-29.pdf");

        // The re-inspection format has neither a strengths list nor a progress section.
        Assert.Empty(report.Strengths);
        Assert.Empty(report.ProgressSinceLastInspection);
        AssertItem(5, "The last inspection report for the local authority’s children’s services was published in November 2014. The judgements for the local authority were: Overall effectiveness: inadequate; Children who need help and protection: inadequate; Children looked after and achieving permanence: inadequate; Adoption performance: requires improvement; Experiences and progress of care leavers: inadequate; Leadership, management and governance: inadequate.", report.PreviousInspection);
    }

    [SkippableFact]
    public void Read_Wakefield2018Ilacs_PreviousOutcomeInTheSentenceAfterTheLastInspection()
    {
        var report = Read("wakefield-2018-07-17.pdf");

        Assert.Empty(report.Strengths);
        Assert.Empty(report.ProgressSinceLastInspection);
        AssertItem(1, "Since the last Ofsted inspection in 2016, senior leaders across the council and partnership have not effected the improvements necessary to remove serious weaknesses or counter a decline in service quality. In 2016, services were judged to require improvement to be good.", report.PreviousInspection);
    }

    [SkippableFact]
    public void Read_Hampshire2024Ilacs_PreviousOutcomeFromTheHeadline()
    {
        var report = Read("hampshire-2024-07-23.pdf");

        Assert.Empty(report.Strengths);
        AssertItem(1, "Since the previous inspection in 2019, when services were judged to be outstanding, the quality and impact of services have been maintained and, in some areas, further strengthened and enhanced.", report.PreviousInspection);
    }

    private static InspectionReport Read(string file)
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var result = Reader.ReadFile(Path.Combine(RepositoryPaths.SharedCorpus, "reports", file));
        Assert.True(result.Succeeded, result.Succeeded ? "" : result.Failure.Message);
        return result.Report;
    }

    private static void AssertItem(int page, string text, Sourced<string>? item)
    {
        Assert.NotNull(item);
        Assert.Equal(text, item.Value);
        Assert.Equal(page, item.Page);
    }
}
