using System.Globalization;

namespace Publishing.Summaries.Composition;

/// <summary>
/// Instants as press copy prints them: UK local time with its zone ("12:00 GMT on 20 January 2025", "09:30 BST on
/// 14 July 2025"). Where the system has no time zone data the instant is printed in UTC and says so.
/// </summary>
public static class UkTime
{
    private static readonly TimeZoneInfo? London = Find();

    public static string Format(DateTimeOffset instant)
    {
        if (London is null) return $"{instant.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture)} UTC on {Prose.Date(DateOnly.FromDateTime(instant.UtcDateTime))}";
        var local = TimeZoneInfo.ConvertTime(instant, London);
        var zone = London.IsDaylightSavingTime(local) ? "BST" : "GMT";
        return $"{local.ToString("HH:mm", CultureInfo.InvariantCulture)} {zone} on {Prose.Date(DateOnly.FromDateTime(local.DateTime))}";
    }

    private static TimeZoneInfo? Find()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
        catch (TimeZoneNotFoundException) { return null; }
        catch (InvalidTimeZoneException) { return null; }
    }
}
