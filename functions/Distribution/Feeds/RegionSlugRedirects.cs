namespace Publishing.Distribution.Feeds;

/// <summary>
/// Region feeds published under earlier region names. Regions were once the ONS regions of la_lookup.csv; they are now
/// Ofsted's, as its outcomes data name them, and Ofsted's North East, Yorkshire and the Humber region holds both of
/// the ONS regions below. Subscribers' old addresses answer 301 with the new one.
/// </summary>
public static class RegionSlugRedirects
{
    private static readonly Dictionary<string, string> Moved = new(StringComparer.Ordinal)
    {
        ["north-east"] = "north-east-yorkshire-and-the-humber",
        ["yorkshire-and-the-humber"] = "north-east-yorkshire-and-the-humber",
    };

    /// <summary>The region's slug now: an earlier slug gives the region that took it over, any other slug itself.</summary>
    public static string Current(string slug) => Moved.GetValueOrDefault(slug, slug);

    /// <summary>The earlier slugs that still name a region (subscriptions stored with them keep matching).</summary>
    public static IEnumerable<string> Earlier => Moved.Keys;

    /// <summary>"region/north-east.atom" → "region/north-east-yorkshire-and-the-humber.atom" (pages too); null when the path has not moved.</summary>
    public static string? NewPath(string path)
    {
        const string prefix = "region/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var rest = path[prefix.Length..];
        var end = rest.IndexOfAny(['.', '/']);
        if (end <= 0) return null;
        return Moved.TryGetValue(rest[..end], out var slug) ? prefix + slug + rest[end..] : null;
    }
}
