namespace Publishing.Distribution.Feeds;

/// <summary>
/// Which councils and regions exist, whether or not a summary has been issued for them yet: a feed for one that
/// exists answers (empty until its first summary), any other is 404.
/// </summary>
public interface IKnownPlaces
{
    bool IsCouncil(string councilKey);
    bool IsRegion(string regionSlug);
}
