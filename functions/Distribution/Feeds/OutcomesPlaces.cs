using Publishing.Summaries.Context;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// Councils and regions from Ofsted's outcomes data (<see cref="CouncilRegions"/>, keyed like the reader's council
/// keys). Without it nothing is known here, and a slice exists only once a summary is issued for it.
/// </summary>
public sealed class OutcomesPlaces : IKnownPlaces
{
    private readonly CouncilRegions? _regions;
    private readonly HashSet<string> _regionSlugs;

    public OutcomesPlaces(CouncilRegions? regions)
    {
        _regions = regions;
        _regionSlugs = regions is null ? [] : regions.Regions.Select(Slug.From).ToHashSet(StringComparer.Ordinal);
    }

    public bool IsCouncil(string councilKey) => _regions?.Contains(councilKey) == true;

    public bool IsRegion(string regionSlug) => _regionSlugs.Contains(regionSlug);
}
