using System.Globalization;
using System.Text.RegularExpressions;

namespace Publishing.Reading.Parsing;

/// <summary>
/// Parses the date forms Ofsted prints: "8 to 19 June 2026", "23 January 2017 – 16 February 2017", "9–24 November 2017",
/// "28 November to 2 December 2022", an inspection in parts ("5 to 9 December 2022 and 14 to 15 February 2023"),
/// "01/02/2016 to 12/02/2016", "1/06/2015", with month names in full or short ("Sept"), weekdays and ordinals.
/// </summary>
internal static partial class DateText
{
    /// <summary>The first and last day of the dates printed. Each day takes the month and year printed after it where
    /// its own are left out ("11 to 15 September and 25 to 29 September 2023"), a year back where its month comes
    /// later in the year than the one it took the year from ("29 December to 2 January 2015").</summary>
    public static bool TryParseRange(string printed, out DateOnly start, out DateOnly end)
    {
        start = end = default;
        var numeric = NumericRange().Match(printed);
        if (numeric.Success)
        {
            var last = numeric.Groups[2].Success ? numeric.Groups[2].Value : numeric.Groups[1].Value;
            return DateOnly.TryParseExact(numeric.Groups[1].Value, "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out start)
                && DateOnly.TryParseExact(last, "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out end) && start <= end;
        }
        var days = Days(printed);
        if (days is null || days.Count < 1) return false;
        start = days.Min();
        end = days.Max();
        return true;
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

    /// <summary>Every day printed, in order, with months and years filled in from later ones, up to the last with its
    /// own month and year (numbers after it are not dates); null when there is none, or a day does not exist.</summary>
    private static List<DateOnly>? Days(string printed)
    {
        var matches = Day().Matches(printed);
        var last = matches.Count - 1;
        while (last >= 0 && !(matches[last].Groups["m"].Success && matches[last].Groups["y"].Success)) last--;
        if (last < 0) return null;
        var pieces = matches.Take(last + 1).ToList();
        var days = new DateOnly[pieces.Count];
        var month = 0;
        var year = 0;
        for (var i = pieces.Count - 1; i >= 0; i--)
        {
            var piece = pieces[i];
            var ownMonth = piece.Groups["m"].Success ? Month(piece.Groups["m"].Value) : month;
            if (piece.Groups["y"].Success) year = int.Parse(piece.Groups["y"].Value, CultureInfo.InvariantCulture);
            else if (ownMonth > month) year--;
            month = ownMonth;
            var day = int.Parse(piece.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
            days[i] = new DateOnly(year, month, day);
        }
        return [.. days];
    }

    private static int Month(string name) =>
        DateTime.ParseExact(name[..3], "MMM", CultureInfo.InvariantCulture).Month;

    // Full names, or the first three letters (and "Sept"), with or without a full stop.
    private const string MonthNames = @"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?";

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:\s+(?<m>" + MonthNames + @"))?(?:,?\s+(?<y>\d{4})(?!\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex Day();

    // Day and month in one or two digits, as printed: "01/02/2016 to 12/02/2016", "1/06/2015 – 12/06/2015", "1/06/2015".
    [GeneratedRegex(@"(?<![\d/])(\d{1,2}/\d{1,2}/\d{4})(?:\s*(?:to|–|—|─|-)\s*(\d{1,2}/\d{1,2}/\d{4}))?(?![\d/])")]
    private static partial Regex NumericRange();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?<m>" + MonthNames + @"),?\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Single();
}
