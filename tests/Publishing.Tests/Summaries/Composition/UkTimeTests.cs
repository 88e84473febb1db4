using Publishing.Summaries.Composition;

namespace Publishing.Tests.Summaries.Composition;

public class UkTimeTests
{
    [Theory]
    // 2025: BST from 01:00 UTC on 30 March to 01:00 UTC on 26 October.
    [InlineData("2025-03-30T00:59:59Z", "30 March 2025, 00:59 GMT")]
    [InlineData("2025-03-30T01:00:00Z", "30 March 2025, 02:00 BST")]
    [InlineData("2025-10-26T00:59:59Z", "26 October 2025, 01:59 BST")]
    [InlineData("2025-10-26T01:00:00Z", "26 October 2025, 01:00 GMT")]
    [InlineData("2025-11-14T12:00:00Z", "14 November 2025, 12:00 GMT")]
    [InlineData("2026-09-01T12:00:00Z", "1 September 2026, 13:00 BST")]
    // 2026: 29 March and 25 October; an instant given with another offset is converted, not relabelled.
    [InlineData("2026-03-29T01:30:00+02:00", "28 March 2026, 23:30 GMT")]
    [InlineData("2026-10-25T00:30:00Z", "25 October 2026, 01:30 BST")]
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
