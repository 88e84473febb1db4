using Publishing.Statements.Classification;

namespace Publishing.Summaries.Context;

/// <summary>
/// Ofsted's official outcomes data, loaded at run time (never compiled in): every ILACS inspection from the
/// "ILACS inspection history" sheet and each council's region from la_lookup.csv.
/// </summary>
public sealed class OutcomesData
{
    public const string LookupFileName = "la_lookup.csv";
    public const string HistoryFilePattern = "*ILACS_inspection_history.csv";

    private OutcomesData(IReadOnlyList<OutcomesInspection> inspections, CouncilRegions regions, KnownCouncils councils)
    {
        if (inspections.Count == 0) throw new OutcomesDataException("The ILACS inspection history has no inspections.");
        Inspections = inspections.OrderBy(i => i.Published).ThenBy(i => i.CouncilKey, StringComparer.Ordinal).ToList();
        Regions = regions;
        Councils = councils;
        FirstPublished = Inspections[0].Published;
        LastPublished = Inspections[^1].Published;
    }

    /// <summary>Every inspection, oldest publication first.</summary>
    public IReadOnlyList<OutcomesInspection> Inspections { get; }
    public CouncilRegions Regions { get; }
    /// <summary>The same lookup as the statement classifier's council list.</summary>
    public KnownCouncils Councils { get; }
    public DateOnly FirstPublished { get; }
    public DateOnly LastPublished { get; }

    /// <summary>Loads <c>la_lookup.csv</c> and the newest <c>*ILACS_inspection_history.csv</c> (by file name) from a folder.</summary>
    public static OutcomesData LoadFolder(string directory)
    {
        if (!Directory.Exists(directory)) throw new OutcomesDataException($"outcomes folder '{directory}' does not exist.");
        var lookup = Path.Combine(directory, LookupFileName);
        if (!File.Exists(lookup)) throw new OutcomesDataException($"outcomes folder '{directory}' has no {LookupFileName}.");
        var history = Directory.GetFiles(directory, HistoryFilePattern).Order(StringComparer.Ordinal).LastOrDefault()
            ?? throw new OutcomesDataException($"outcomes folder '{directory}' has no file matching {HistoryFilePattern} (Ofsted's ILACS inspection history sheet as CSV).");
        using var historyStream = File.OpenRead(history);
        using var lookupStream = File.OpenRead(lookup);
        return Load(historyStream, Path.GetFileName(history), lookupStream);
    }

    public static OutcomesData Load(Stream history, string historyFileName, Stream lookup)
    {
        var lookupCsv = new StreamReader(lookup).ReadToEnd();
        return new OutcomesData(
            OutcomesHistoryParser.Parse(new StreamReader(history).ReadToEnd(), historyFileName),
            CouncilRegions.Parse(lookupCsv, LookupFileName),
            KnownCouncils.FromCsv(lookupCsv));
    }
}
