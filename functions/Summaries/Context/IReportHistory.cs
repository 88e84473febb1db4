using Publishing.Reading.Model;

namespace Publishing.Summaries.Context;

/// <summary>The reports the pipeline has read before: the first source for a council's previous inspection.</summary>
public interface IReportHistory
{
    IReadOnlyList<InspectionReport> ForCouncil(string councilKey);

    IReadOnlyList<InspectionReport> All { get; }
}
