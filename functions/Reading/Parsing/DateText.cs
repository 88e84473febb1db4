using System.Globalization;
using System.Text.RegularExpressions;

namespace Publishing.Reading.Parsing;

/// <summary>Parses the date forms Ofsted prints: "8 to 19 June 2026", "23 January 2017 – 16 February 2017", "9–24 November 2017".</summary>
internal static partial class DateText
{
    public static bool TryParseRange(string printed, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        var numeric = NumericRange().Match(printed);
        if (numeric.Success)
        {
            return DateOnly.TryParseExact(numeric.Groups[1].Value, "dd/MM/yyyy", out start)
                && DateOnly.TryParseExact(numeric.Groups[2].Value, "dd/MM/yyyy", out end) && start <= end;
        }
        var m = Range().Match(printed);
        if (!m.Success) return false;
        var endYear = int.Parse(m.Groups["y2"].Value, CultureInfo.InvariantCulture);
        var endMonth = Month(m.Groups["m2"].Value);
        var startMonth = m.Groups["m1"].Success ? Month(m.Groups["m1"].Value) : endMonth;
        var startYear = m.Groups["y1"].Success ? int.Parse(m.Groups["y1"].Value, CultureInfo.InvariantCulture) : endYear;
        if (!m.Groups["y1"].Success && startMonth > endMonth) startYear--;
        try
        {
            start = new DateOnly(startYear, startMonth, int.Parse(m.Groups["d1"].Value, CultureInfo.InvariantCulture));
            end = new DateOnly(endYear, endMonth, int.Parse(m.Groups["d2"].Value, CultureInfo.InvariantCulture));
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
        return start <= end;
    }

    public static bool TryParseDate(string printed, out DateOnly date)
    {
        date = default;
        var m = Single().Match(printed);
        if (!m.Success) return false;
        try
        {
            date = new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), Month(m.Groups["m"].Value), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static int Month(string name) =>
        DateTime.ParseExact(name[..3], "MMM", CultureInfo.InvariantCulture).Month;

    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";

    [GeneratedRegex(@"(?<d1>\d{1,2})(?:st|nd|rd|th)?(?:\s+(?<m1>" + MonthNames + @"))?(?:\s+(?<y1>\d{4}))?\s*(?:to|–|—|─|-|and|until)\s*(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>" + MonthNames + @")\s+(?<y2>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    [GeneratedRegex(@"(\d{2}/\d{2}/\d{4})\s*(?:to|–|—|─|-)\s*(\d{2}/\d{2}/\d{4})")]
    private static partial Regex NumericRange();

    [GeneratedRegex(@"(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + MonthNames + @")\s+(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex Single();
}
