using System.Text;

namespace Publishing.Summaries.Context;

/// <summary>
/// Converts a release of Ofsted's "Local authority inspection outcomes" from the files Ofsted publishes: the ODS
/// spreadsheet, or its sheets saved as CSV (the Cover sheet and the ILACS inspection history sheet; la_lookup.csv adds
/// other council names). Names a council goes by that the release does not carry are kept from <c>previous</c> data by ONS code.
/// </summary>
public static class OfstedOutcomesImport
{
    public static OutcomesData FromFile(string path, OutcomesData? previous)
    {
        if (!File.Exists(path)) throw new OutcomesDataException($"no such file '{path}'.");
        if (path.EndsWith(".ods", StringComparison.OrdinalIgnoreCase))
        {
            using var stream = File.OpenRead(path);
            return FromSheets(OdsSheets.Read(stream, Path.GetFileName(path)), null, previous);
        }
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            // One CSV sheet names no release: read the sheets saved beside it, as Ofsted's CSV download comes.
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            var prefix = SheetPrefix(Path.GetFileName(path));
            var siblings = Directory.GetFiles(folder, "*.csv").Where(f => SheetPrefix(Path.GetFileName(f)) == prefix || Path.GetFileName(f) == OutcomesData.LookupFileName);
            return FromCsvFiles(siblings.Append(path).Distinct(), previous);
        }
        throw new OutcomesDataException($"'{path}' is neither an .ods spreadsheet nor a .csv sheet of Ofsted's outcomes release.");
    }

    public static OutcomesData FromCsvFiles(IEnumerable<string> files, OutcomesData? previous)
    {
        var list = files.Order(StringComparer.Ordinal).ToList();
        var history = list.LastOrDefault(f => IsHistory(Path.GetFileNameWithoutExtension(f)))
            ?? throw new OutcomesDataException($"no ILACS inspection history sheet among {string.Join(", ", list.Select(Path.GetFileName))} (a CSV named like 31_March_2025__ILACS_inspection_history.csv).");
        var prefix = SheetPrefix(Path.GetFileName(history));
        var cover = list.FirstOrDefault(f => SheetPrefix(Path.GetFileName(f)) == prefix && IsCover(Path.GetFileNameWithoutExtension(f)))
            ?? throw new OutcomesDataException($"no Cover sheet beside {Path.GetFileName(history)} ({prefix}Cover.csv): it names the release and its date.");
        var sheets = new List<OdsSheets.Sheet>
        {
            new(Path.GetFileName(cover), CsvRows.Parse(ReadSheet(cover))),
            new(Path.GetFileName(history), CsvRows.Parse(ReadSheet(history))),
        };
        var lookup = list.FirstOrDefault(f => Path.GetFileName(f) == OutcomesData.LookupFileName);
        return FromSheets(sheets, lookup is null ? null : ReadSheet(lookup), previous);
    }

    /// <summary>The same limit as an ODS's content.xml: Ofsted's sheets are tens of kilobytes; a file over it is not one.</summary>
    internal const long MaxCsvBytes = 64L * 1024 * 1024;

    private static string ReadSheet(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxCsvBytes) throw new OutcomesDataException($"{Path.GetFileName(path)} is {length} bytes, over the {MaxCsvBytes} byte limit for a sheet of Ofsted's outcomes release.");
        return File.ReadAllText(path, Encoding.UTF8);
    }

    internal static OutcomesData FromSheets(IReadOnlyList<OdsSheets.Sheet> sheets, string? lookupCsv, OutcomesData? previous)
    {
        var cover = sheets.FirstOrDefault(s => IsCover(s.Name))
            ?? throw new OutcomesDataException($"no Cover sheet among {string.Join(", ", sheets.Select(s => s.Name))}: it names the release and its date.");
        var history = sheets.LastOrDefault(s => IsHistory(s.Name))
            ?? throw new OutcomesDataException($"no ILACS inspection history sheet among {string.Join(", ", sheets.Select(s => s.Name))}.");
        var release = OutcomesCoverParser.Parse(cover.Rows, cover.Name);
        var parsed = OutcomesHistoryParser.Parse(history.Rows, history.Name);
        var fromLookup = lookupCsv is null ? null : LookupAliases.Parse(lookupCsv, OutcomesData.LookupFileName);
        var councils = parsed.Councils.Select(c => c with { Aliases = AliasesOf(c, fromLookup, previous) }).ToList();
        return new OutcomesData(release, councils, parsed.Inspections);
    }

    private static IReadOnlyList<string> AliasesOf(OutcomesCouncil council, IReadOnlyDictionary<string, IReadOnlyList<string>>? lookup, OutcomesData? previous)
    {
        var names = lookup?.GetValueOrDefault(council.Code)
            ?? previous?.Regions.All.FirstOrDefault(p => p.Code == council.Code)?.Aliases
            ?? [];
        return names.Where(n => n != council.Name).ToList();
    }

    private static string Normalised(string sheetName) => sheetName.Replace('_', ' ').ToLowerInvariant();

    private static bool IsCover(string sheetName) => Normalised(sheetName).EndsWith("cover", StringComparison.Ordinal) || Normalised(sheetName).EndsWith("cover.csv", StringComparison.Ordinal);

    private static bool IsHistory(string sheetName) => Normalised(sheetName).Contains("ilacs inspection history", StringComparison.Ordinal);

    // "31_March_2025__Cover.csv" → "31_March_2025__": the sheets of one release share it.
    private static string SheetPrefix(string fileName) => fileName.LastIndexOf("__", StringComparison.Ordinal) is var i and >= 0 ? fileName[..(i + 2)] : "";
}
