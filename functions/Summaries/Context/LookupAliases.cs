namespace Publishing.Summaries.Context;

/// <summary>
/// Other names of each council from la_lookup.csv (keyed by ONS code, <c>la_code_new</c>): the ONS name, the lower and
/// upper tier names and the "also known as" list ("[BCP, Bournemouth, Christchurch &amp; Poole]").
/// </summary>
internal static class LookupAliases
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Parse(string csv, string fileName)
    {
        var records = CsvRows.Parse(csv);
        if (records.Count == 0) throw new OutcomesDataException($"{fileName} is empty.");
        var header = records[0].Select(h => h.Trim()).ToList();
        var code = header.IndexOf("la_code_new");
        var name = header.IndexOf("local_authority_ons_name");
        if (code < 0 || name < 0) throw new OutcomesDataException($"{fileName}: expected 'la_code_new' and 'local_authority_ons_name' columns (la_lookup.csv).");
        int[] others = [header.IndexOf("ltla23nm"), header.IndexOf("utla23nm")];
        var alias = header.IndexOf("also_known_as");
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var row in records.Skip(1))
        {
            string Cell(int i) => i >= 0 && i < row.Length ? row[i].Trim() : "";
            if (Cell(code).Length == 0) continue;
            var names = new List<string> { Cell(name) };
            names.AddRange(others.Select(Cell));
            var aliases = Cell(alias).Trim('[', ']');
            if (aliases.Contains(',', StringComparison.Ordinal)) names.Add(aliases);
            names.AddRange(aliases.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            result[Cell(code)] = names.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        }
        return result;
    }
}
