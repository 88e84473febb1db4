using System.Text.Json;

namespace Publishing.Tests.Corpus;

/// <summary>One row of ../shared/corpus/reports.csv: what each report's judgement table states.</summary>
public sealed record CorpusRow(string File, string LocalAuthority, string Framework, string Era, string PublicationDate, string InspectionDates, IReadOnlyDictionary<string, string> Judgements)
{
    public static IReadOnlyList<CorpusRow> Load(string csvPath)
    {
        var rows = new List<CorpusRow>();
        var records = CsvRecords(System.IO.File.ReadAllText(csvPath)).ToList();
        var header = records[0];
        int Col(string name) => Array.IndexOf(header, name);
        foreach (var r in records.Skip(1))
        {
            var judgements = JsonSerializer.Deserialize<Dictionary<string, string>>(r[Col("judgements")])!;
            rows.Add(new CorpusRow(r[Col("file")], r[Col("local_authority")], r[Col("framework")], r[Col("era")],
                r[Col("publication_date")], r[Col("inspection_dates")], judgements));
        }
        return rows;
    }

    /// <summary>The council key the corpus implies: its name in lower case with words joined by hyphens.</summary>
    public string CouncilKey => LocalAuthority.Replace("&", "and").Replace(",", "").Replace(' ', '-');

    private static IEnumerable<string[]> CsvRecords(string text)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return fields.ToArray();
                fields.Clear();
            }
            else field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields.ToArray();
        }
    }
}
