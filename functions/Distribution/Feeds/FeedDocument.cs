using System.Security.Cryptography;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// A rendered feed page: its bytes, a strong ETag (SHA-256 of the bytes, so equal bytes give equal tags on every
/// instance and as a static blob) and Last-Modified (whole seconds, UTC).
/// </summary>
public sealed record FeedDocument(byte[] Content, string ContentType, string ETag, DateTimeOffset LastModified)
{
    public static FeedDocument Create(byte[] content, string contentType, DateTimeOffset lastModified) =>
        new(content, contentType, StrongETag(content), FeedTime.ToWholeSecondsUtc(lastModified));

    public static string StrongETag(ReadOnlySpan<byte> content) =>
        $"\"{Convert.ToBase64String(SHA256.HashData(content)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
}
