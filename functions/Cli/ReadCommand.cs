using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Publishing.Reading;

namespace Publishing.Cli;

/// <summary><c>publishing read &lt;file&gt;</c> and <c>publishing read --dir &lt;folder&gt;</c>.</summary>
internal static class ReadCommand
{
    public static int Run(string[] args)
    {
        var reader = new ReportReader();
        if (args.Length == 2 && args[0] == "--dir") return ReadDirectory(reader, args[1]);
        if (args.Length != 1) return Usage();
        var path = args[0];
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"publishing read: no such file '{path}'");
            return 2;
        }
        var result = reader.ReadFile(path);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"publishing read: {path}: {result.Failure.Message}");
            Console.Out.WriteLine(JsonSerializer.Serialize(new ReadOutputLine(path, null, result.Failure), JsonOutput.Indented));
            return 1;
        }
        Console.Out.WriteLine(JsonSerializer.Serialize(result.Report, JsonOutput.Indented));
        return 0;
    }

    private static int ReadDirectory(ReportReader reader, string folder)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"publishing read: no such folder '{folder}'");
            return 2;
        }
        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        var results = new string[files.Length];
        var failures = 0;
        var done = 0;
        var progress = new ProgressBar(files.Length, !Console.IsErrorRedirected);
        var clock = Stopwatch.StartNew();
        // Largest files first, one at a time to whichever core is free: the run ends with small files on both cores
        // rather than one large file on one (the lines are still printed in name order).
        var largestFirst = Enumerable.Range(0, files.Length).OrderByDescending(i => new FileInfo(files[i]).Length).ToArray();
        var work = Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var result = reader.ReadFile(files[i]);
            var name = Path.GetFileName(files[i]);
            results[i] = result.Succeeded
                ? JsonSerializer.Serialize(new ReadOutputLine(name, result.Report, null), JsonOutput.Compact)
                : JsonSerializer.Serialize(new ReadOutputLine(name, null, result.Failure), JsonOutput.Compact);
            if (!result.Succeeded) Interlocked.Increment(ref failures);
            progress.Report(Interlocked.Increment(ref done));
        });
        progress.Done();
        foreach (var line in results) Console.Out.WriteLine(line);
        Console.Error.WriteLine($"read {files.Length} file(s) in {clock.Elapsed.TotalSeconds:0.00} s: {files.Length - failures} report(s), {failures} failure(s)");
        return failures == 0 ? 0 : 1;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: publishing read <report.pdf|report.txt>\n       publishing read --dir <folder>");
        return 2;
    }
}
