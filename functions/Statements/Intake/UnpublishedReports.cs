using System.Collections.Concurrent;
using Publishing.Reports;

namespace Publishing.Statements.Intake;

/// <summary>
/// Statements may arrive before their report (press offices write them under embargo). A statement naming a report
/// that has not landed is held under that id until <see cref="Window"/> after the publication date the id names, and
/// the answer says so; past that window, an id no report has landed under is most likely mistyped and is refused.
/// A report once landed stays landed, so known ones are remembered (at most <see cref="Remembered"/>); one not landed
/// is looked up again after <see cref="RecheckAfter"/>, so a burst of statements costs storage one listing.
/// </summary>
public sealed class UnpublishedReports(ReportRecordStore records, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);
    private const int Remembered = 10_000;
    private static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, bool> _landed = new(StringComparer.Ordinal);
    // A monotonic clock: this is a cache lifetime, not a time of day.
    private readonly ConcurrentDictionary<string, long> _notLandedAtMilliseconds = new(StringComparer.Ordinal);

    /// <summary>Null when the report has landed; otherwise until when statements for it are held, and whether that has passed.</summary>
    public async Task<HeldForReport?> CheckAsync(string reportId, CancellationToken cancellationToken)
    {
        if (_landed.ContainsKey(reportId)) return null;
        var checkedRecently = _notLandedAtMilliseconds.TryGetValue(reportId, out var at) && Environment.TickCount64 - at < RecheckAfter.TotalMilliseconds;
        if (!checkedRecently)
        {
            if (await records.ExistsAsync(reportId, cancellationToken))
            {
                if (_landed.Count >= Remembered) _landed.Clear();
                _landed[reportId] = true;
                _notLandedAtMilliseconds.TryRemove(reportId, out _);
                return null;
            }
            if (_notLandedAtMilliseconds.Count >= Remembered) _notLandedAtMilliseconds.Clear();
            _notLandedAtMilliseconds[reportId] = Environment.TickCount64;
        }
        var published = ReportIds.PublicationDateOf(reportId)
            ?? throw new ArgumentException($"'{reportId}' names no publication date", nameof(reportId));
        var until = new DateTimeOffset(published.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + Window + TimeSpan.FromDays(1);
        var now = time.GetUtcNow();
        return new HeldForReport(until, now >= until,
            $"No report '{reportId}' has been published yet: the statement is held under that id and joins the report's summary when it lands. "
            + $"Statements are held for an unpublished report until {until:yyyy-MM-dd'T'HH:mm:ss'Z'} ({Window.Days} days after the publication date the id names); after that such an id is refused as probably mistyped.");
    }
}

/// <summary>What the 202 says of a statement held for a report that has not landed.</summary>
public sealed record HeldForReport(DateTimeOffset Until, [property: System.Text.Json.Serialization.JsonIgnore] bool Expired, string Reason);
