using Microsoft.AspNetCore.Http;
using Publishing.Distribution.Feeds;

namespace Publishing.Tests.Distribution.Feeds;

public class ConditionalRequestTests
{
    private static readonly FeedDocument Document = new FeedRenderer(TestEntries.Options)
        .Render(TestEntries.Many(5), new FeedAddress(FeedSlice.All, FeedFormat.Atom), TestEntries.Start.AddYears(1))!;

    private static async Task<HttpContext> GetAsync(string method = "GET", string? ifNoneMatch = null, string? ifModifiedSince = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        if (ifNoneMatch is not null) context.Request.Headers.IfNoneMatch = ifNoneMatch;
        if (ifModifiedSince is not null) context.Request.Headers.IfModifiedSince = ifModifiedSince;
        context.Response.Body = new MemoryStream();
        await FeedHttpResponse.WriteAsync(context, Document, TimeSpan.FromMinutes(5));
        return context;
    }

    [Fact]
    public async Task WriteAsync_NoValidators_Answers200WithBytesETagLastModifiedAndCaching()
    {
        var context = await GetAsync();

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(Document.Content, ((MemoryStream)context.Response.Body).ToArray());
        Assert.Equal(Document.ETag, context.Response.Headers.ETag.ToString());
        Assert.Equal("Fri, 06 Mar 2026 09:30:00 GMT", context.Response.Headers.LastModified.ToString());
        Assert.Equal("public, max-age=300", context.Response.Headers.CacheControl.ToString());
        Assert.StartsWith("application/atom+xml", context.Response.ContentType);
    }

    [Fact]
    public async Task WriteAsync_MatchingETag_Answers304WithoutBody()
    {
        var context = await GetAsync(ifNoneMatch: Document.ETag);

        Assert.Equal(304, context.Response.StatusCode);
        Assert.Equal(0, context.Response.Body.Length);
        Assert.Equal(Document.ETag, context.Response.Headers.ETag.ToString());
    }

    [Theory]
    [InlineData("\"other\", {0}")]
    [InlineData("W/{0}")]
    [InlineData("*")]
    public void IsNotModified_IfNoneMatchListWeakOrStar_Matches(string header) =>
        Assert.True(ConditionalRequest.IsNotModified(string.Format(header, Document.ETag), default, Document.ETag, Document.LastModified));

    [Fact]
    public async Task WriteAsync_ChangedETagWithRecentIfModifiedSince_Answers200BecauseIfNoneMatchWins()
    {
        var context = await GetAsync(ifNoneMatch: "\"stale\"", ifModifiedSince: "Wed, 01 Jan 2031 00:00:00 GMT");

        Assert.Equal(200, context.Response.StatusCode);
    }

    [Theory]
    [InlineData("Fri, 06 Mar 2026 09:30:00 GMT", 304)]
    [InlineData("Fri, 06 Mar 2026 10:00:00 GMT", 304)]
    [InlineData("Fri, 06 Mar 2026 09:29:59 GMT", 200)]
    [InlineData("not a date", 200)]
    public async Task WriteAsync_IfModifiedSince_ComparesWithLastModified(string since, int expected)
    {
        var context = await GetAsync(ifModifiedSince: since);

        Assert.Equal(expected, context.Response.StatusCode);
    }

    [Fact]
    public async Task WriteAsync_Head_SendsHeadersWithoutBody()
    {
        var context = await GetAsync(method: "HEAD");

        Assert.Equal(200, context.Response.StatusCode);
        Assert.Equal(Document.Content.Length, context.Response.ContentLength);
        Assert.Equal(0, context.Response.Body.Length);
    }
}
