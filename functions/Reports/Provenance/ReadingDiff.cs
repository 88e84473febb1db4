using Publishing.Reading.Model;

namespace Publishing.Reports.Provenance;

/// <summary>What a new document changes in a report already published: every judgement's grade, and the title block.</summary>
public static class ReadingDiff
{
    public static IReadOnlyList<FieldChange> Between(InspectionReport before, InspectionReport after)
    {
        var changes = new List<FieldChange>();
        var keys = before.Judgements.Select(j => j.Key).Union(after.Judgements.Select(j => j.Key));
        foreach (var key in keys)
        {
            var was = before.Find(key)?.Grade.ToString();
            var now = after.Find(key)?.Grade.ToString();
            if (was != now) changes.Add(new FieldChange("grade:" + key, was, now));
        }
        Compare(changes, "council", before.Council.Name, after.Council.Name);
        Compare(changes, "framework", before.FrameworkName, after.FrameworkName);
        Compare(changes, "inspectionDates", before.InspectionDates?.Value.Printed, after.InspectionDates?.Value.Printed);
        Compare(changes, "publicationDate", before.PublicationDate?.Date.ToString("yyyy-MM-dd"), after.PublicationDate?.Date.ToString("yyyy-MM-dd"));
        Compare(changes, "leadInspector", before.LeadInspector?.Value, after.LeadInspector?.Value);
        Compare(changes, "pages", before.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture), after.PageCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return changes;
    }

    private static void Compare(List<FieldChange> changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal)) changes.Add(new FieldChange(field, before, after));
    }
}
