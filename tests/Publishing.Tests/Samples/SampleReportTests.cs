using Publishing.Reading;
using Publishing.Reading.Model;

namespace Publishing.Tests.Samples;

public class SampleReportTests
{
    [Fact]
    public void CommittedSample_IsReadAsItsSpecification()
    {
        var path = Path.Combine(RepositoryPaths.Root, "samples", "reports", FictionalReport.SampleFileName);
        if (Environment.GetEnvironmentVariable("UPDATE_SAMPLES") == "1") File.WriteAllBytes(path, FictionalReport.Build());

        var result = new ReportReader().ReadFile(path);

        Assert.True(result.Succeeded, result.Failure?.Message);
        var report = result.Report;
        Assert.Equal("Northmoor", report.Council.Name);
        Assert.Equal("northmoor", report.Council.Key);
        Assert.Equal(Framework.Ilacs2023, report.Framework);
        Assert.Equal(new DateOnly(2025, 9, 15), report.InspectionDates?.Value.Start);
        Assert.Equal(new DateOnly(2025, 9, 26), report.InspectionDates?.Value.End);
        Assert.Equal(new DateOnly(2025, 11, 14), report.PublicationDate!.Date);
        Assert.Equal("Alex Fairweather", report.LeadInspector!.Value);
        Assert.Equal(FictionalReport.Rows.Select(r => r.Grade), report.Judgements.Select(j => j.GradeWords));
        Assert.Equal(FictionalReport.Rows.Select(r => (r.Label1 + " " + r.Label2).Trim()), report.Judgements.Select(j => j.Label));
        Assert.True(report.OverallEffectiveness.Given);
        Assert.Equal(FictionalReport.Improvements, report.WhatNeedsToImprove.Select(i => i.Value));
        Assert.All(report.WhatNeedsToImprove, i => Assert.Equal(1, i.Page));
        Assert.Contains("last inspection in 2021", report.PreviousInspection!.Value, StringComparison.Ordinal);
    }
}
