using Publishing.Reading;
using Publishing.Reading.Model;

namespace Publishing.Tests.Corpus;

/// <summary>
/// Golden checks of title-block facts that reports.csv does not hold (it has the dates as printed, not the days they
/// name, and no lead inspectors), typed from the PDFs' own text.
/// </summary>
public class CorpusTitleBlockGoldenTests
{
    private static readonly ReportReader Reader = new(new ReportReaderOptions { TimeBudget = TimeSpan.FromMinutes(2) });

    [SkippableFact]
    public void Read_InspectionInTwoParts_RunsFromTheFirstDayToTheLast()
    {
        var report = Read("south-tyneside-2023-05-10.pdf");

        Assert.Equal("5 to 9 December 2022 and 14 to 15 February 2023", report.InspectionDates?.Value.Printed);
        Assert.Equal(((DateOnly?)new DateOnly(2022, 12, 5), (DateOnly?)new DateOnly(2023, 2, 15)), (report.InspectionDates?.Value.Start, report.InspectionDates?.Value.End));
    }

    [SkippableFact]
    public void Read_IlacsWithoutADateInTheFileName_TakesItsEraFromWhenThePdfWasMade()
    {
        // Inspected in November 2022, published in January 2023 with the four judgements of 2018-22: Ofsted's statistics
        // count it in the 2023-26 era. Under a name without the date, the inspection's year alone would say 2018-22.
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.SharedCorpus, "reports", "kingston-upon-hull-2023-01-13.pdf"));

        var result = Reader.ReadPdf(bytes, "hull-report.pdf");

        Assert.True(result.Succeeded, result.Succeeded ? "" : result.Failure.Message);
        var report = result.Report;
        Assert.Null(report.PublicationDate);
        Assert.Equal(Framework.Ilacs2023, report.Framework);
    }

    [SkippableTheory]
    [InlineData("bedford-2017-04-07.pdf", "Donna Marriott")]
    [InlineData("blackpool-2014-09-08.pdf", "Janet Fraser")]
    [InlineData("rotherham-2018-01-29.pdf", "Lisa Summers")]
    [InlineData("kent-2013-08-23.pdf", "Helen Cawston")]
    [InlineData("cambridgeshire-2014-08-08.pdf", "Helen Cawston")] // "Lead inspector: Helen Cawston HMI." mid-report
    [InlineData("bolton-2014-03-21.pdf", "Robert Hackeson")]
    public void Read_LeadInspector_FromTheTitleBlockOrTheInspectionTeamAtTheEnd(string file, string expected) =>
        Assert.Equal(expected, Read(file).LeadInspector?.Value);

    private static InspectionReport Read(string file)
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var result = Reader.ReadFile(Path.Combine(RepositoryPaths.SharedCorpus, "reports", file));
        Assert.True(result.Succeeded, result.Succeeded ? "" : result.Failure.Message);
        return result.Report;
    }
}
