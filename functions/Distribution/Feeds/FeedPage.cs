namespace Publishing.Distribution.Feeds;

/// <summary>
/// One page of a slice, newest first, with its RFC 5005 paging links. <see cref="Updated"/> is the latest change
/// visible anywhere in the slice (an entry counts from when it became available, so an embargo lifting moves it).
/// </summary>
public sealed record FeedPage
{
    public required FeedAddress Address { get; init; }
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required DateTimeOffset Updated { get; init; }
    public required IReadOnlyList<FeedEntry> Entries { get; init; }
    public required int PageCount { get; init; }
    public required int TotalEntries { get; init; }
    public required Uri Self { get; init; }
    public required Uri First { get; init; }
    public required Uri Last { get; init; }
    public Uri? Previous { get; init; }
    public Uri? Next { get; init; }
}
