using System.Collections.Concurrent;
using System.Diagnostics;

namespace Publishing.Benchmarks.Intake;

/// <summary>Runs an operation from N concurrent workers and records each call's latency.</summary>
internal static class LatencyRecorder
{
    public sealed record Result(string Name, int Count, TimeSpan Elapsed, double P50Ms, double P99Ms, IReadOnlyDictionary<string, int> Outcomes)
    {
        public double PerSecond => Count / Elapsed.TotalSeconds;
        public override string ToString() =>
            $"{Name,-34} {Count,7} ops {PerSecond,9:F0}/s   p50 {P50Ms,6:F1} ms   p99 {P99Ms,6:F1} ms   {string.Join(", ", Outcomes.Select(o => $"{o.Key}: {o.Value}"))}";
    }

    /// <param name="ratePerSecond">If given, operation i starts no earlier than i / rate seconds in (an open-loop, paced load).</param>
    public static async Task<Result> RunAsync(string name, int total, int concurrency, Func<int, Task<string>> operation, double? ratePerSecond = null)
    {
        var latencies = new double[total];
        var outcomes = new ConcurrentDictionary<string, int>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < total)
            {
                if (ratePerSecond is { } rate && TimeSpan.FromSeconds(i / rate) - clock.Elapsed is { } wait && wait > TimeSpan.Zero)
                    await Task.Delay(wait);
                var started = Stopwatch.GetTimestamp();
                string outcome;
                try { outcome = await operation(i); }
                catch (Exception e) { outcome = e.GetType().Name; }
                latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
            }
        }));
        var elapsed = clock.Elapsed;
        Array.Sort(latencies);
        return new Result(name, total, elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99), outcomes.OrderBy(o => o.Key).ToDictionary());
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
