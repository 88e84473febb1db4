using System.Diagnostics;
using Publishing.Reading;
using Publishing.Tests.Reading.Hostile;

namespace Publishing.Benchmarks.Hostile;

/// <summary>
/// Time and memory of the reader on each generated hostile input, under the default limits: wall time, bytes
/// allocated during the read, and the process's peak working set (after one warm-up read of the sample). A peak carries over from earlier cases in one
/// process, so --isolated runs each case in a child process of its own (the numbers to quote).
/// Usage: hostile [--isolated] | hostile --case NAME | hostile --write DIR (writes the corpus as files, for fuzz seeds).
/// </summary>
public static class HostileBench
{
    public static int Run(string[] args)
    {
        if (args is ["--write", var folder])
        {
            Directory.CreateDirectory(folder);
            foreach (var hostile in HostileCorpus.All) File.WriteAllBytes(Path.Combine(folder, hostile.Name + ".pdf"), hostile.Build());
            Console.Out.WriteLine($"wrote {HostileCorpus.All.Count} cases to {folder}");
            return 0;
        }
        if (args is ["--case", var name]) return Measure(HostileCorpus.All.Single(c => c.Name == name));

        Console.Out.WriteLine($"| case | bytes | outcome | ms | allocated MB | peak working set MB |");
        Console.Out.WriteLine($"| --- | ---: | --- | ---: | ---: | ---: |");
        var failures = 0;
        foreach (var hostile in HostileCorpus.All)
            failures += args is ["--isolated"] ? RunIsolated(hostile.Name) : Measure(hostile);
        return failures == 0 ? 0 : 1;
    }

    private static int RunIsolated(string name)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(HostileBench).Assembly.Location);
        foreach (var a in new[] { "hostile", "--case", name }) start.ArgumentList.Add(a);
        using var child = Process.Start(start)!;
        Console.Out.Write(child.StandardOutput.ReadToEnd());
        child.WaitForExit();
        return child.ExitCode;
    }

    private static int Measure(HostileCase hostile)
    {
        var bytes = hostile.Build();
        var reader = new ReportReader();
        // Warm: JIT and PdfPig's font metrics load on the first read and would otherwise be charged to each case.
        reader.ReadPdf(HostileCorpus.All[0].Build(), "warm-up-2025-11-14.pdf");
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = reader.ReadPdf(bytes, hostile.Name + "-2025-11-14.pdf");
        clock.Stop();
        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024.0 * 1024.0);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
        var outcome = result.Succeeded ? "read" : result.Failure.Kind.ToString();
        var expected = hostile.Expected?.ToString() ?? "read";
        Console.Out.WriteLine($"| {hostile.Name} | {bytes.Length:N0} | {outcome}{(outcome == expected ? "" : $" (expected {expected})")} | {clock.Elapsed.TotalMilliseconds:0} | {allocated:0.0} | {peak:0} |");
        return outcome == expected ? 0 : 1;
    }
}
