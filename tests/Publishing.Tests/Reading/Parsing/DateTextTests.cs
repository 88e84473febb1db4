using Publishing.Reading.Parsing;

namespace Publishing.Tests.Reading.Parsing;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("8 to 19 June 2026", "2026-06-08", "2026-06-19")]
    [InlineData("23 January 2017 – 16 February 2017", "2017-01-23", "2017-02-16")]
    [InlineData("9–24 November 2017", "2017-11-09", "2017-11-24")]
    [InlineData("28 November to 2 December 2022", "2022-11-28", "2022-12-02")]
    [InlineData("29 December 2014 to 9 January 2015", "2014-12-29", "2015-01-09")]
    [InlineData("29 December to 9 January 2015", "2014-12-29", "2015-01-09")]
    [InlineData("5 to 9 December 2022 and 14 to 15 February 2023", "2022-12-05", "2023-02-15")]
    [InlineData("11 to 15 September and 25 to 29 September 2023", "2023-09-11", "2023-09-29")]
    [InlineData("11 to 15 September 2023 and 2 October 2023", "2023-09-11", "2023-10-02")]
    [InlineData("Monday 11 to Friday 15 September 2023", "2023-09-11", "2023-09-15")]
    [InlineData("11th - 22nd Sept 2017", "2017-09-11", "2017-09-22")]
    [InlineData("4 Oct. to 8 Nov. 2016", "2016-10-04", "2016-11-08")]
    [InlineData("11 ‑ 15 September, 2023", "2023-09-11", "2023-09-15")]
    [InlineData("6 to 10 March 2023 (with a further visit)", "2023-03-06", "2023-03-10")]
    [InlineData("01/02/2016 to 12/02/2016", "2016-02-01", "2016-02-12")]
    [InlineData("1/06/2015 to 12/06/2015", "2015-06-01", "2015-06-12")]
    [InlineData("1/6/2015 – 5/6/2015", "2015-06-01", "2015-06-05")]
    [InlineData("1/06/2015", "2015-06-01", "2015-06-01")]
    public void TryParseRange_PrintedForms_GiveTheFirstAndLastDay(string printed, string start, string end)
    {
        Assert.True(DateText.TryParseRange(printed, out var first, out var last));
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (first, last));
    }

    [Theory]
    [InlineData("")]
    [InlineData("to be confirmed")]
    [InlineData("11 to 15")]
    [InlineData("31 to 32 September 2023")]
    [InlineData("30 February 2023")]
    [InlineData("31/06/2015")]
    [InlineData("12/06/2015 to 1/06/2015")]
    public void TryParseRange_NoDatesOrImpossibleOnes_Fails(string printed) =>
        Assert.False(DateText.TryParseRange(printed, out _, out _));

    [Theory]
    [InlineData("7 April 2017", "2017-04-07")]
    [InlineData(" 12 Sept 2016", "2016-09-12")]
    [InlineData("1st December, 2015", "2015-12-01")]
    public void TryParseDate_PrintedForms_GiveTheDay(string printed, string expected)
    {
        Assert.True(DateText.TryParseDate(printed, out var date));
        Assert.Equal(DateOnly.Parse(expected), date);
    }
}
