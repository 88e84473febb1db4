using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// RFC 9110 §13.1 for GET/HEAD: when If-None-Match is present it alone decides (weak comparison, <c>*</c> matches);
/// otherwise If-Modified-Since answers 304 when the document has not changed since that date. Unparseable headers
/// are ignored, so a bad header costs a full answer, never a wrong 304.
/// </summary>
public static class ConditionalRequest
{
    public static bool IsNotModified(StringValues ifNoneMatch, StringValues ifModifiedSince, string etag, DateTimeOffset lastModified)
    {
        if (!StringValues.IsNullOrEmpty(ifNoneMatch))
        {
            if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
            var current = EntityTagHeaderValue.Parse(etag);
            return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
        }
        if (ifModifiedSince.Count == 1 && HeaderUtilities.TryParseDate(ifModifiedSince[0], out var since))
        {
            return FeedTime.ToWholeSecondsUtc(lastModified) <= since;
        }
        return false;
    }
}
