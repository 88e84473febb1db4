using System.Text;

namespace Publishing.Summaries.Context;

/// <summary>Splits RFC 4180 CSV text into records (quoted fields may hold commas and doubled quotes).</summary>
internal static class CsvRows
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else inQuotes = false;
                continue;
            }
            if (c == '"') inQuotes = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { EndRecord(); }
            else if (c != '\r') field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) EndRecord();
        return records;

        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            records.Add([.. fields]);
            fields.Clear();
        }
    }
}
