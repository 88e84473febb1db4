using Publishing.Reading;
using Publishing.Reading.Model;
using Publishing.Tests.Summaries;

namespace Publishing.Tests.Reading.Parsing;

/// <summary>Title blocks, sentences and dates in forms the corpus does not print, read through the text reader.</summary>
public class TitleAndSentenceFormTests
{
    private readonly ReportReader _reader = new();

    private const string IlacsTable = """
         Judgement                                   Grade

         The impact of leaders on social work        Good
         practice with children and families

         The experiences and progress of             Requires improvement to be good
         children who need help and protection

         The experiences and progress of             Good
         children in care

         The experiences and progress of care        Good
         leavers

         Overall effectiveness                       Good

        Help and protection for children in Northmoor has not improved enough since the last inspection.
        """;

    private const string SifTable = """
         1. Children who need help and protection                 Requires improvement
         2. Children looked after and achieving permanence        Good
            2.1 Adoption performance                              Good
            2.2 Experiences and progress of care leavers          Good
         3. Leadership, management and governance                 Requires improvement

        Leaders have a clear plan for improvement.
        """;

    private InspectionReport Read(string text, string file = "northmoor-2015-08-14.txt")
    {
        var result = _reader.ReadText(text, file);
        Assert.True(result.Succeeded, result.Succeeded ? "" : result.Failure.Message);
        return result.Report;
    }

    [Fact]
    public void ReadText_IlacsTitleWithoutLocalAuthority_IsAnIlacsReport()
    {
        var report = Read("Inspection of Northmoor children's services\nInspection dates: 15 to 26 September 2025\n\n" + IlacsTable, "northmoor-2025-11-14.txt");

        Assert.Equal(("Northmoor", Framework.Ilacs2023, CouncilSource.Text), (report.Council.Name, report.Framework, report.CouncilSource));
        Assert.Equal(Grade.RequiresImprovementToBeGood, report.Find(JudgementKeys.HelpAndProtection)?.Grade);
    }

    [Theory]
    [InlineData("Reinspection")]
    [InlineData("Re-inspection")]
    [InlineData("Re inspection")]
    public void ReadText_SifReinspectionTitleHowever_Hyphenated_IsAReinspectionWithNumericDates(string word)
    {
        var report = Read($"""
            Northmoor Council
            {word} of services for children in need of help and
            protection, children looked after and care leavers
            Inspection date: 1/06/2015 to 12/06/2015
            Report published: 14 August 2015

            Children's services require improvement to be good

            {SifTable}
            """);

        Assert.Equal(Framework.SifReinspection, report.Framework);
        Assert.Equal("northmoor", report.Council.Key);
        Assert.Equal((new DateOnly(2015, 6, 1), new DateOnly(2015, 6, 12)), (report.InspectionDates!.Value.Start, report.InspectionDates.Value.End));
        Assert.Equal(Grade.RequiresImprovementToBeGood, report.OverallEffectiveness.Judgement?.Grade);
        Assert.Equal(6, report.Judgements.Count);
    }

    [Fact]
    public void ReadText_SifOverallInTheSingular_IsRead()
    {
        var report = Read($"""
            Northmoor Council
            Inspection of services for children in need of help and
            protection, children looked after and care leavers
            Inspection date: 1 to 12 June 2015

            The children's service requires improvement

            {SifTable}
            """);

        Assert.Equal(Framework.Sif, report.Framework);
        Assert.Equal(Grade.RequiresImprovementToBeGood, report.OverallEffectiveness.Judgement?.Grade);
        Assert.Null(report.Lscb);
    }

    [Fact]
    public void ReadText_OfstedNamedOnlyOnTheBackPage_IsAnUnknownOfstedLayoutNotAnotherDocument()
    {
        var result = _reader.ReadText("A report on Northmoor's services for children\nPublished in August 2015\n\fPage two\n\fPage three\n\fPage four\n\fOfsted\nPiccadilly Gate\nManchester", "northmoor-2015-08-14.txt");

        Assert.False(result.Succeeded);
        Assert.Equal(ReadFailureKind.UnknownLayout, result.Failure!.Kind);
    }

    [Fact]
    public void ReadText_TitleInUnknownWordsWithTheStructureOfAReport_IsReadByItsTableAndFlagged()
    {
        var report = Read("Inspection of services for children in Northmoor\nInspection dates: 15 to 26 September 2025\n\n" + IlacsTable + "\n\f\nOfsted\nPiccadilly Gate\nManchester", "northmoor-2025-11-14.txt");

        Assert.Equal(Framework.Ilacs2023, report.Framework);
        Assert.Equal(("northmoor", CouncilSource.BlobName), (report.Council.Key, report.CouncilSource));
        Assert.True(report.NeedsReview);
        Assert.Equal(5, report.Judgements.Count);
    }

    [Fact]
    public void ReadText_TitleInUnknownWordsWithoutTheOfstedMarker_IsNotAnOfstedReport()
    {
        var result = _reader.ReadText("Inspection of services for children in Northmoor\nInspection dates: 15 to 26 September 2025\n\n" + IlacsTable, "northmoor-2025-11-14.txt");

        Assert.Equal(ReadFailureKind.NotAnOfstedReport, result.Failure?.Kind);
    }

    private const string LscbReview = """
        Northmoor
        Review of the effectiveness of the Local Safeguarding Children Board
        Inspection dates: 1 to 12 June 2015
        Report published: 14 August 2015

        The effectiveness of Northmoor Local Safeguarding Children Board requires improvement to be good.
        The board has not yet made sure that partners share information well.

        Recommendations
        • Make sure that partners share information about children at risk.
        """;

    [Fact]
    public void ReadText_StandAloneLscbReview_ReadsItsOneGradeFromTheOpeningSentence()
    {
        var report = Read(LscbReview);

        Assert.Equal((Framework.LscbReview, "LSCB review"), (report.Framework, report.FrameworkName));
        var lscb = Assert.Single(report.Judgements);
        Assert.Equal((JudgementKeys.Lscb, Grade.RequiresImprovementToBeGood), (lscb.Key, lscb.Grade));
        Assert.False(report.OverallEffectiveness.Given);
        Assert.Equal("Make sure that partners share information about children at risk.", Assert.Single(report.WhatNeedsToImprove).Value);
    }

    [Fact]
    public void Summary_OfAStandAloneLscbReview_NamesNoOverallGradeAndGivesTheBoards()
    {
        var summary = SummaryFixtures.Compose(Read(LscbReview));

        Assert.Null(summary.Overall);
        Assert.Contains("reviews the Local Safeguarding Children Board alone", summary.Standfirst);
        Assert.Contains("Requires improvement to be good", summary.Headline + summary.Standfirst, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ReadText_LscbReviewWithoutAGradeSentence_IsRefusedNotGuessed()
    {
        var result = _reader.ReadText(LscbReview.Replace("requires improvement to be good", "has improved", StringComparison.Ordinal), "northmoor-2015-08-14.txt");

        Assert.False(result.Succeeded);
        Assert.Equal(ReadFailureKind.UnknownLayout, result.Failure!.Kind);
        Assert.Contains("LSCB", result.Failure.Expected);
    }
}
