using System.Globalization;
using System.Text.RegularExpressions;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;

namespace Publishing.Reports.Provenance;

/// <summary>
/// Whether a blob's name (<c>council-yyyy-mm-dd.pdf</c>, as Ofsted's files are named) agrees with what the report
/// says: the council it names is the report's council, and the date is one a report of that inspection could be
/// published on (after its last day, within <see cref="LongestWait"/>, and near the publication date it prints, if any).
/// </summary>
public static partial class NameAgreement
{
    /// <summary>Reports are published weeks after the inspection; a year later is no longer the same report.</summary>
    public static readonly int LongestWait = 365;

    /// <summary>A printed SIF publication date is the day the report was finalised, days before the file's date.</summary>
    public static readonly int PrintedDateSlack = 60;

    public static IReadOnlyList<string> Disagreements(string blobName, InspectionReport report)
    {
        var name = Path.GetFileNameWithoutExtension(blobName.Replace('\\', '/').Split('/')[^1]);
        var m = CouncilAndDate().Match(name);
        if (!m.Success || !DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return [$"the blob name '{blobName}' is not council-yyyy-mm-dd.pdf, so it cannot be checked against the report"];
        var problems = new List<string>();
        var named = CouncilKeys.FromName(m.Groups["council"].Value.Replace('-', ' '));
        if (WithoutAnd(named) != WithoutAnd(report.Council.Key))
            problems.Add($"the blob name names council '{named}', the report is about '{report.Council.Key}' ({report.Council.Name})");
        if (report.InspectionDates is not { } dates)
        {
            problems.Add("the report's inspection dates were not read, so the blob name's date cannot be checked against them");
            return problems;
        }
        var lastDay = dates.Value.End;
        if (date < lastDay)
            problems.Add($"the blob name's date {date:yyyy-MM-dd} is before the inspection ended ({lastDay:yyyy-MM-dd})");
        else if (date.DayNumber - lastDay.DayNumber > LongestWait)
            problems.Add($"the blob name's date {date:yyyy-MM-dd} is more than {LongestWait} days after the inspection ended ({lastDay:yyyy-MM-dd})");
        if (report.StatedPublicationDate is { } stated && Math.Abs(date.DayNumber - stated.Date.DayNumber) > PrintedDateSlack)
            problems.Add($"the blob name's date {date:yyyy-MM-dd} is more than {PrintedDateSlack} days from the publication date the report prints ({stated.Date:yyyy-MM-dd})");
        return problems;
    }

    // Ofsted's file names drop the "and" of a council's name: windsor-maidenhead, bournemouth-christchurch-poole.
    private static string WithoutAnd(string key) => key.Replace("-and-", "-", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<council>[A-Za-z][A-Za-z0-9-]*?)-(?<date>\d{4}-\d{2}-\d{2})$")]
    private static partial Regex CouncilAndDate();
}
