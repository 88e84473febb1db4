using Publishing.Reading.Parsing;

namespace Publishing.Summaries.Context;

/// <summary>
/// The councils Ofsted's outcomes data name and each one's Ofsted region, as the data name it ("North East, Yorkshire
/// and the Humber"). Looked up by the reader's council key of any name a council goes by. The one place to ask whether a
/// council or a region exists.
/// </summary>
public sealed class CouncilRegions
{
    private readonly Dictionary<string, OutcomesCouncil> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string> _regions = new(StringComparer.OrdinalIgnoreCase);

    public CouncilRegions(IReadOnlyList<OutcomesCouncil> councils)
    {
        All = councils;
        foreach (var council in councils) _byKey.TryAdd(council.Key, council);
        foreach (var council in councils)
        {
            foreach (var alias in council.Aliases) _byKey.TryAdd(CouncilKeys.FromName(alias), council);
            if (council.StillExists) _regions.Add(council.Region);
        }
        Regions = _regions.Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every council in the data, those that no longer exist included.</summary>
    public IReadOnlyList<OutcomesCouncil> All { get; }

    /// <summary>The regions of the councils that exist now.</summary>
    public IReadOnlyList<string> Regions { get; }

    public int Count => All.Count(c => c.StillExists);

    public OutcomesCouncil? Find(string councilKey) => _byKey.GetValueOrDefault(councilKey);

    /// <summary>The council's Ofsted region, or null when the data do not name the council.</summary>
    public string? RegionOf(string councilKey) => Find(councilKey)?.Region;

    /// <summary>True for a council that exists now (a council that was replaced is in <see cref="All"/> but not here).</summary>
    public bool Contains(string councilKey) => Find(councilKey) is { StillExists: true };

    public bool RegionExists(string region) => _regions.Contains(region);

    /// <summary>The council's own key for any key of its names ("hull" → kingston-upon-hull), or null.</summary>
    public string? CanonicalKey(string councilKey) => Find(councilKey)?.Key;
}
