using Publishing.Reading;
using Publishing.Reading.Model;

namespace Publishing.Tests.Corpus;

/// <summary>One field of a report as the reader gave it, against reports.csv: read or not, and right or not.</summary>
public sealed record FieldCheck(string Field, bool Read, bool Right, string Detail);

/// <summary>Compares a read report field by field with its reports.csv row (the grades, council, framework and dates).</summary>
public static class CorpusFields
{
    public const string NotPartOfReport = "not part of this report";

    public static IReadOnlyList<FieldCheck> Check(CorpusRow row, InspectionReport report)
    {
        var checks = new List<FieldCheck>
        {
            Compare("council", report.Council.Key, row.CouncilKey, $"('{report.Council.Name}')"),
            Compare("framework", $"{report.FrameworkName}/{report.Era}", $"{row.Framework}/{row.Era}"),
            Compare("published", report.PublicationDate?.Date.ToString("yyyy-MM-dd"), row.PublicationDate),
        };
        var dates = report.InspectionDates?.Value;
        var printed = dates is null ? null : Words(dates.Printed);
        var datesCheck = Compare("inspection dates", printed, Words(row.InspectionDates));
        checks.Add(datesCheck.Right && dates!.Start > dates.End ? datesCheck with { Right = false, Detail = "inspection starts after it ends" } : datesCheck);

        var expected = row.Judgements.Where(j => j.Value != NotPartOfReport).ToDictionary(j => j.Key, j => j.Value);
        foreach (var (key, grade) in expected)
            checks.Add(Compare(key, report.Find(key)?.GradeWords, grade));
        // The 2013 looked-after children framework graded on the older scale, which reports.csv does not list.
        if (report.Framework != Framework.LookedAfterChildren2013)
        {
            foreach (var extra in report.Judgements.Where(j => !expected.ContainsKey(j.Key)))
                checks.Add(new FieldCheck(extra.Key, true, false, $"{extra.GradeWords} read, but the report states no such judgement"));
        }
        return checks;
    }

    /// <summary>A field the reader did not give is unread, not wrong.</summary>
    private static FieldCheck Compare(string field, string? found, string expected, string note = "") =>
        found is null
            ? new FieldCheck(field, false, false, $"{field}: not read, expected {expected}")
            : new FieldCheck(field, true, found == expected, $"{field}: {found}{(note.Length > 0 ? " " + note : "")}, expected {expected}");

    private static string Words(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static IReadOnlyList<string> Problems(ReadResult result, CorpusRow row) =>
        result.Succeeded
            ? Check(row, result.Report).Where(c => !c.Right).Select(c => c.Detail).ToList()
            : [$"not read: {result.Failure.Message}"];
}
