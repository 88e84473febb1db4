namespace Publishing.Distribution.Feeds;

/// <summary>
/// Whether a slice names something real: <c>all</c>; a grade value (<see cref="GradeFeedValues"/>); a document type (<see cref="DocumentTypeFilterValues"/>); a council or region the
/// lookup knows, or one some issued summary carries. Anything else is 404, so made-up names cost nothing to refuse.
/// </summary>
public sealed class FeedSliceExistence(IKnownPlaces places)
{
    public bool Exists(FeedSlice slice, IEnumerable<FeedEntry> entries) => slice.Kind switch
    {
        FeedSliceKind.All => true,
        FeedSliceKind.Grade => GradeFeedValues.IsKnown(slice.Key!),
        FeedSliceKind.Type => DocumentTypeFilterValues.IsKnown(slice.Key!),
        FeedSliceKind.Council => places.IsCouncil(slice.Key!) || entries.Any(slice.Matches),
        FeedSliceKind.Region => places.IsRegion(slice.Key!) || entries.Any(slice.Matches),
        _ => false,
    };
}
