using Publishing.Summaries.Composition;

namespace Publishing.Tests.Summaries.Reactions;

public class UkTimeTests
{
    [SkippableTheory]
    [InlineData("2025-01-20T12:00:00Z", "12:00 GMT on 20 January 2025")]
    [InlineData("2025-07-14T08:30:00Z", "09:30 BST on 14 July 2025")]
    [InlineData("2025-03-30T00:59:00Z", "00:59 GMT on 30 March 2025")]
    [InlineData("2025-03-30T01:00:00Z", "02:00 BST on 30 March 2025")]
    [InlineData("2025-10-25T23:30:00Z", "00:30 BST on 26 October 2025")]
    public void Format_Instant_IsUkLocalTimeWithItsZone(string instant, string expected)
    {
        Skip.If(!File.Exists("/usr/share/zoneinfo/Europe/London") && !OperatingSystem.IsWindows(), "no time zone data on this machine: UK times print as UTC");
        Assert.Equal(expected, UkTime.Format(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
