using System.Globalization;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// Feed timestamps: UTC, whole seconds, written with <c>Z</c>. System.ServiceModel.Syndication cannot read back
/// dates with a non-zero offset, and HTTP dates carry no fractions.
/// </summary>
public static class FeedTime
{
    public static DateTimeOffset ToWholeSecondsUtc(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    public static string Format(DateTimeOffset value) =>
        ToWholeSecondsUtc(value).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
