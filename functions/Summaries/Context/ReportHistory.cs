using Publishing.Reading;
using Publishing.Reading.Model;

namespace Publishing.Summaries.Context;

/// <summary>An in-memory <see cref="IReportHistory"/>, filled from a list or from a folder of report PDFs.</summary>
public sealed class ReportHistory : IReportHistory
{
    private readonly ILookup<string, InspectionReport> _byCouncil;

    public ReportHistory(IEnumerable<InspectionReport> reports)
    {
        All = reports.Where(r => r.PublicationDate is not null)
            .OrderBy(r => r.PublicationDate!.Date).ThenBy(r => r.Council.Key, StringComparer.Ordinal).ToList();
        _byCouncil = All.ToLookup(r => r.Council.Key, StringComparer.Ordinal);
    }

    public static ReportHistory Empty { get; } = new([]);

    public IReadOnlyList<InspectionReport> All { get; }

    public IReadOnlyList<InspectionReport> ForCouncil(string councilKey) => _byCouncil[councilKey].ToList();

    /// <summary>Reads every PDF in a folder; files the reader refuses come back in <paramref name="failures"/> ("file: reason"), not silently dropped.</summary>
    public static ReportHistory FromFolder(string directory, ReportReader reader, out IReadOnlyList<string> failures)
    {
        if (!Directory.Exists(directory)) throw new DirectoryNotFoundException($"history folder '{directory}' does not exist.");
        var reports = new List<InspectionReport>();
        var failed = new List<string>();
        foreach (var file in Directory.GetFiles(directory, "*.pdf").Order(StringComparer.Ordinal))
        {
            var result = reader.ReadFile(file);
            if (result.Succeeded) reports.Add(result.Report);
            else failed.Add($"{Path.GetFileName(file)}: {result.Failure.Message}");
        }
        failures = failed;
        return new ReportHistory(reports);
    }
}
