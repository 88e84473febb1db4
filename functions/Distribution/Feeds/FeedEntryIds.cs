namespace Publishing.Distribution.Feeds;

/// <summary>
/// Tag URIs (RFC 4151) for entries and feeds: <c>tag:{authority},{date}:summary/{reportId}</c>. The authority and
/// date come from <see cref="FeedOptions"/> and must never change once feeds are public, or every reader sees
/// every entry as new.
/// </summary>
public static class FeedEntryIds
{
    public static string For(FeedOptions options, string reportId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reportId);
        return $"tag:{options.TagAuthority},{options.TagDate}:summary/{reportId}";
    }

    public static string ForFeed(FeedOptions options, FeedSlice slice) =>
        $"tag:{options.TagAuthority},{options.TagDate}:feed/{slice.Path}";
}
