using Publishing.Statements.Classification;

namespace Publishing.Summaries.Context;

/// <summary>
/// Ofsted's official outcomes data: one release (<see cref="Release"/>), every ILACS inspection from its "ILACS
/// inspection history" sheet, and each council with its Ofsted region. The product ships the latest release embedded
/// (<see cref="EmbeddedOutcomes"/>); a newer one is loaded from Ofsted's own files (<see cref="OfstedOutcomesImport"/>).
/// </summary>
public sealed class OutcomesData
{
    public const string LookupFileName = "la_lookup.csv";
    public const string HistoryFilePattern = "*ILACS_inspection_history.csv";

    public OutcomesData(OutcomesRelease release, IReadOnlyList<OutcomesCouncil> councils, IReadOnlyList<OutcomesInspection> inspections)
    {
        if (inspections.Count == 0) throw new OutcomesDataException("The ILACS inspection history has no inspections.");
        Release = release;
        Inspections = inspections.OrderBy(i => i.Published).ThenBy(i => i.CouncilKey, StringComparer.Ordinal).ToList();
        Regions = new CouncilRegions(councils);
        Councils = KnownCouncils.FromCouncils(councils.Where(c => c.StillExists).Select(c => (c.Name, c.Aliases, (string?)c.Code)));
        FirstPublished = Inspections[0].Published;
        CoveredFrom = Inspections.Min(i => i.Inspected);
        LastPublished = Inspections[^1].Published;
    }

    public OutcomesRelease Release { get; }
    /// <summary>Every inspection, oldest publication first.</summary>
    public IReadOnlyList<OutcomesInspection> Inspections { get; }
    public CouncilRegions Regions { get; }
    /// <summary>The councils that exist now, as the statement classifier matches them.</summary>
    public KnownCouncils Councils { get; }
    public DateOnly FirstPublished { get; }
    public DateOnly LastPublished { get; }

    /// <summary>
    /// The last inspection date the release counts ("as at 31 March 2025"): an inspection that began after it may have
    /// happened without being in the data.
    /// </summary>
    public DateOnly CoveredUntil => Release.AsAt;

    /// <summary>The first inspection the data hold (the ILACS framework's start): an earlier gap is not covered.</summary>
    public DateOnly CoveredFrom { get; }

    /// <summary>Loads a folder: the product's own converted file (<see cref="CompactOutcomesFormat.FileName"/>) if there is one, else Ofsted's CSV sheets.</summary>
    public static OutcomesData LoadFolder(string directory)
    {
        if (!Directory.Exists(directory)) throw new OutcomesDataException($"outcomes folder '{directory}' does not exist.");
        var converted = Path.Combine(directory, CompactOutcomesFormat.FileName);
        if (File.Exists(converted))
        {
            using var stream = File.OpenRead(converted);
            return CompactOutcomesFormat.Read(stream, converted);
        }
        var files = Directory.GetFiles(directory, "*.csv");
        // Without la_lookup.csv the names a council goes by come from the shipped release.
        return OfstedOutcomesImport.FromCsvFiles(files, files.Any(f => Path.GetFileName(f) == LookupFileName) ? null : EmbeddedOutcomes.Data);
    }
}
