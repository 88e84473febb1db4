using System.Globalization;

namespace Publishing.Summaries.Composition;

/// <summary>
/// UK local time for press copy, with its zone: "12:00 GMT on 14 November 2025", "13:00 BST on 1 September 2026". British
/// Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October (the Summer
/// Time Order 2002). Computed here rather than from the host's time zone database, which an invariant-globalization
/// or slimmed container may lack.
/// </summary>
public static class UkTime
{
    public static DateTimeOffset ToLocal(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        var offset = IsSummerTime(utc) ? TimeSpan.FromHours(1) : TimeSpan.Zero;
        return utc.ToOffset(offset);
    }

    public static string Format(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var zone = local.Offset == TimeSpan.Zero ? "GMT" : "BST";
        return $"{local.ToString("HH:mm", CultureInfo.InvariantCulture)} {zone} on {local.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}";
    }

    public static bool IsSummerTime(DateTimeOffset instant)
    {
        var utc = instant.UtcDateTime;
        var starts = LastSunday(utc.Year, 3).AddHours(1);
        var ends = LastSunday(utc.Year, 10).AddHours(1);
        return utc >= starts && utc < ends;
    }

    private static DateTime LastSunday(int year, int month)
    {
        var last = new DateTime(year, month, DateTime.DaysInMonth(year, month), 0, 0, 0, DateTimeKind.Utc);
        return last.AddDays(-(int)last.DayOfWeek);
    }
}
