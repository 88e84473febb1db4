using Publishing.Reading.Model;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// Whether a slice names something real: <c>all</c>; a grade Ofsted uses (or <c>none</c>); a document type (parsing took only known ones); a council or region the
/// lookup knows, or one some issued summary carries. Anything else is 404, so made-up names cost nothing to refuse.
/// </summary>
public sealed class FeedSliceExistence(IKnownPlaces places)
{
    private static readonly HashSet<string> GradeSlugs =
        [.. Enum.GetValues<Grade>().Select(g => Slug.From(g.ToOfstedWords())), FeedSlice.NoGrade];

    public bool Exists(FeedSlice slice, IEnumerable<FeedEntry> entries) => slice.Kind switch
    {
        FeedSliceKind.All => true,
        FeedSliceKind.Grade => GradeSlugs.Contains(slice.Key!),
        FeedSliceKind.Council => places.IsCouncil(slice.Key!) || entries.Any(slice.Matches),
        FeedSliceKind.Region => places.IsRegion(slice.Key!) || entries.Any(slice.Matches),
        FeedSliceKind.Type => true,
        _ => false,
    };
}
