using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Publishing.Hosting.Logging;

/// <summary>
/// Logs a failure once per distinct kind (where, exception type, message, the frame it was thrown from) in one line, and
/// afterwards only how often it repeated (at 10, 100, 1,000… times): a failure met by every request or every feed read
/// had logged a full stack trace each time (17 MB in 30 minutes). Remembers at most <see cref="Capacity"/> kinds.
/// </summary>
public sealed class DistinctFailures(ILogger logger)
{
    public const int Capacity = 1000;
    private readonly ConcurrentDictionary<string, int> _seen = new(StringComparer.Ordinal);

    public void Log(string where, Exception failure)
    {
        var what = $"{failure.GetType().Name}: {failure.Message}";
        var thrownAt = ThrownAt(failure);
        if (_seen.Count >= Capacity) _seen.Clear();
        var count = _seen.AddOrUpdate($"{where}\n{what}\n{thrownAt}", 1, (_, n) => n + 1);
        if (count == 1)
            logger.LogError("{Where} failed: {Failure} (at {ThrownAt}); repeats of this failure are counted, not logged again", where, what, thrownAt);
        else if (IsPowerOfTen(count))
            logger.LogError("{Where} failed {Count} times so far: {Failure}", where, count, what);
    }

    private static string ThrownAt(Exception failure)
    {
        var trace = failure.StackTrace;
        if (string.IsNullOrEmpty(trace)) return "unknown";
        var firstLine = trace.AsSpan().TrimStart();
        var end = firstLine.IndexOfAny('\r', '\n');
        var frame = (end < 0 ? firstLine : firstLine[..end]).ToString();
        return frame.StartsWith("at ", StringComparison.Ordinal) ? frame[3..] : frame;
    }

    private static bool IsPowerOfTen(int count)
    {
        for (var n = 10; n > 0 && n <= count; n = n <= int.MaxValue / 10 ? n * 10 : -1)
            if (n == count) return true;
        return false;
    }
}
