namespace Publishing.Distribution.Feeds;

public enum FeedSliceKind
{
    All,
    Council,
    Region,
    Grade,
    Type,
}
