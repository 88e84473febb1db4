using Publishing.Summaries.Composition;

namespace Publishing.Tests.Summaries.Composition;

public class UkTimeTests
{
    [Theory]
    // 2025: BST from 01:00 UTC on 30 March to 01:00 UTC on 26 October.
    [InlineData("2025-03-30T00:59:59Z", "00:59 GMT on 30 March 2025")]
    [InlineData("2025-03-30T01:00:00Z", "02:00 BST on 30 March 2025")]
    [InlineData("2025-10-26T00:59:59Z", "01:59 BST on 26 October 2025")]
    [InlineData("2025-10-26T01:00:00Z", "01:00 GMT on 26 October 2025")]
    [InlineData("2025-11-14T12:00:00Z", "12:00 GMT on 14 November 2025")]
    [InlineData("2026-09-01T12:00:00Z", "13:00 BST on 1 September 2026")]
    // 2026: 29 March and 25 October; an instant given with another offset is converted, not relabelled.
    [InlineData("2026-03-29T01:30:00+02:00", "23:30 GMT on 28 March 2026")]
    [InlineData("2026-10-25T00:30:00Z", "01:30 BST on 25 October 2026")]
    [InlineData("2025-07-14T08:30:00Z", "09:30 BST on 14 July 2025")]
    [InlineData("2025-10-25T23:30:00Z", "00:30 BST on 26 October 2025")]
    public void Format_EitherSideOfAChange_GivesLocalTimeAndZone(string instant, string expected) =>
        Assert.Equal(expected, UkTime.Format(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void IsSummerTime_AgreesWithTheHostTimeZoneDatabaseWhereThereIsOne()
    {
        TimeZoneInfo london;
        try { london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return; } // the rules above stand alone; nothing to compare with here
        for (var t = new DateTimeOffset(2024, 1, 1, 0, 30, 0, TimeSpan.Zero); t.Year < 2028; t = t.AddHours(1))
            Assert.Equal(london.IsDaylightSavingTime(t), UkTime.IsSummerTime(t));
    }
}
