namespace Publishing.Distribution.Feeds;

public enum FeedFormat
{
    Atom,
    Json,
}

public static class FeedFormats
{
    public static string Extension(this FeedFormat format) => format == FeedFormat.Atom ? "atom" : "json";

    public static string ContentType(this FeedFormat format) =>
        format == FeedFormat.Atom ? "application/atom+xml; charset=utf-8" : "application/feed+json; charset=utf-8";
}
