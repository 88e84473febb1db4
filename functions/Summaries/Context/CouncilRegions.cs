using Publishing.Reading.Parsing;

namespace Publishing.Summaries.Context;

/// <summary>
/// Each council's region from la_lookup.csv, keyed by <see cref="CouncilKeys"/> slugs of every name the row gives
/// (the ONS name, the lower and upper tier names, and the "also known as" list).
/// </summary>
public sealed class CouncilRegions
{
    private readonly Dictionary<string, string> _regionByKey;

    private CouncilRegions(Dictionary<string, string> regionByKey) => _regionByKey = regionByKey;

    public int Count => _regionByKey.Values.Count;

    public string? RegionOf(string councilKey) => _regionByKey.GetValueOrDefault(councilKey);

    public bool Contains(string councilKey) => _regionByKey.ContainsKey(councilKey);

    public IEnumerable<string> Regions => _regionByKey.Values.Distinct(StringComparer.Ordinal);

    public static CouncilRegions Parse(string csv, string fileName)
    {
        var records = CsvRows.Parse(csv);
        if (records.Count == 0) throw new OutcomesDataException($"{fileName} is empty.");
        var header = records[0].Select(h => h.Trim()).ToList();
        var nameColumn = header.IndexOf("local_authority_ons_name");
        var regionColumn = header.IndexOf("region_name");
        if (nameColumn < 0 || regionColumn < 0)
            throw new OutcomesDataException($"{fileName}: expected 'local_authority_ons_name' and 'region_name' columns (Ofsted's la_lookup.csv).");
        int[] otherNames = [header.IndexOf("ltla23nm"), header.IndexOf("utla23nm")];
        var aliasColumn = header.IndexOf("also_known_as");
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in records.Skip(1))
        {
            string Cell(int i) => i >= 0 && i < row.Length ? row[i].Trim() : "";
            var region = Cell(regionColumn);
            if (Cell(nameColumn).Length == 0 || region.Length == 0) continue;
            var names = new List<string> { Cell(nameColumn) };
            names.AddRange(otherNames.Select(Cell));
            names.AddRange(Cell(aliasColumn).Trim('[', ']').Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            foreach (var name in names.Where(n => n.Length > 0)) regions.TryAdd(CouncilKeys.FromName(name), region);
        }
        return new CouncilRegions(regions);
    }
}
