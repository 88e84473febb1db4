using System.Diagnostics;
using Publishing.Reading;
using UglyToad.PdfPig;

// Reader benchmark: the full reader against its floor (PdfPig pulling each page's raw text) and against
// pdftotext -layout, over every PDF in a folder, plus the reader on one core against two.
// Usage: dotnet run -c Release --project tests/Publishing.Benchmarks -- [folder]
// Summary benchmark: ... -- summary <report.pdf> [outcomes dir] (see SummaryBench).
// Hostile inputs: ... -- hostile [--isolated] (time and memory per generated hostile case, see HostileBench).

if (args.Length > 0 && args[0] == "summary") return SummaryBench.Run(args[1..]);

if (args is ["coldstart", ..]) return await Publishing.Benchmarks.ColdStart.ColdStartBench.RunAsync(args[1..]);
if (args is ["publication", ..]) return await Publishing.Benchmarks.Distribution.PublicationLatencyBench.RunAsync(args[1..]);
if (args is ["intake", ..]) return await Publishing.Benchmarks.Intake.IntakeLoadBench.RunAsync(args[1..]);

if (args is ["hostile", ..]) return Publishing.Benchmarks.Hostile.HostileBench.Run(args[1..]);
if (args is ["stages", ..]) return Publishing.Benchmarks.Reading.ReadStagesBench.Run(args[1..]);
if (args is ["layout-dump", ..]) return Publishing.Benchmarks.Reading.LayoutDump.Run(args[1..]);
if (args is ["work-limits", ..]) return Publishing.Benchmarks.Reading.WorkLimitsSurvey.Run(args[1..]);

var folder = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus", "reports");
var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToArray();
if (files.Length == 0)
{
    Console.Error.WriteLine($"no PDFs in {folder}");
    return 2;
}
var bytes = files.Select(File.ReadAllBytes).ToArray();
var reader = new ReportReader();
// Warm-up: one whole round of each, so both are measured with their code fully tiered up (the JIT optimises a method
// only after it has run a while; a single document left the reader's own code less optimised than PdfPig's).
foreach (var b in bytes) RawText(b);
for (var i = 0; i < bytes.Length; i++) reader.ReadPdf(bytes[i], files[i]);

// Best of five alternating rounds: tiered JIT and a noisy 2-core VM (one round of either moves by up to 20%) make a
// single round unreliable.
var slowest = new List<(double Ms, string File)>();
double floor = double.MaxValue, full = double.MaxValue;
for (var round = 0; round < 5; round++)
{
    slowest.Clear();
    floor = Math.Min(floor, Time(() => { foreach (var b in bytes) RawText(b); }));
    full = Math.Min(full, Time(ReadAllSequentially));
}

void ReadAllSequentially()
{
    for (var i = 0; i < bytes.Length; i++)
    {
        var clock = Stopwatch.StartNew();
        var result = reader.ReadPdf(bytes[i], files[i]);
        slowest.Add((clock.Elapsed.TotalMilliseconds, Path.GetFileName(files[i])));
        if (!result.Succeeded) Console.Error.WriteLine($"{files[i]}: {result.Failure.Message}");
    }
}
// Best of three, alternating, so a noisy moment on a small machine does not decide the ratio.
double oneCore = double.MaxValue, twoCores = double.MaxValue;
for (var round = 0; round < 3; round++)
{
    oneCore = Math.Min(oneCore, Time(() => Parallel.For(0, bytes.Length, new ParallelOptions { MaxDegreeOfParallelism = 1 }, i => reader.ReadPdf(bytes[i], files[i]))));
    twoCores = Math.Min(twoCores, Time(() => Parallel.For(0, bytes.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => reader.ReadPdf(bytes[i], files[i]))));
}
double floorOne = double.MaxValue, floorTwo = double.MaxValue;
for (var round = 0; round < 2; round++)
{
    floorOne = Math.Min(floorOne, Time(() => Parallel.For(0, bytes.Length, new ParallelOptions { MaxDegreeOfParallelism = 1 }, i => RawText(bytes[i]))));
    floorTwo = Math.Min(floorTwo, Time(() => Parallel.For(0, bytes.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => RawText(bytes[i]))));
}
var peakMb = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
double? pdftotext = HasPdftotext() ? Time(() => { foreach (var f in files) Pdftotext(f); }) : null;

Console.WriteLine($"files: {files.Length}, pages: {bytes.Sum(b => { using var d = PdfDocument.Open(b); return d.NumberOfPages; })}");
Console.WriteLine($"(a) full reader:            {full,8:0.00} s");
Console.WriteLine($"(b) PdfPig raw text floor:  {floor,8:0.00} s");
Console.WriteLine(pdftotext is { } p ? $"(c) pdftotext -layout:      {p,8:0.00} s" : "(c) pdftotext -layout:      not installed (apt-get install poppler-utils)");
Console.WriteLine($"ratio a/b: {full / floor:0.00} (target <= 1.3)");
if (pdftotext is { } pt) Console.WriteLine($"ratio c/a: {pt / full:0.00} (target >= 3)");
// The 1.7x and 200 MB targets are for the command itself, pinned to one core or two: read-dir-scaling.sh.
Console.WriteLine($"reader in this process, 1 worker: {oneCore:0.00} s, 2 workers: {twoCores:0.00} s, speed-up {oneCore / twoCores:0.00}x (the runtime uses both cores either way; read-dir-scaling.sh measures read --dir on 1 core against 2)");
Console.WriteLine($"PdfPig raw text alone on 1 core: {floorOne:0.00} s, on 2 cores: {floorTwo:0.00} s, speed-up {floorOne / floorTwo:0.00}x");
Console.WriteLine($"peak working set of this benchmark process: {peakMb:0} MB (it holds all the PDFs; read-dir-scaling.sh measures read --dir's own peak)");
Console.WriteLine("slowest documents: " + string.Join(", ", slowest.OrderByDescending(s => s.Ms).Take(5).Select(s => $"{s.File} {s.Ms:0} ms")));
return 0;

static double Time(Action action)
{
    var clock = Stopwatch.StartNew();
    action();
    return clock.Elapsed.TotalSeconds;
}

static void RawText(byte[] pdf)
{
    using var document = PdfDocument.Open(pdf);
    for (var i = 1; i <= document.NumberOfPages; i++) _ = document.GetPage(i).Text;
}

static bool HasPdftotext() => File.Exists("/usr/bin/pdftotext");

static void Pdftotext(string file)
{
    using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", file, "-"]) { RedirectStandardOutput = true })!;
    process.StandardOutput.ReadToEnd();
    process.WaitForExit();
}
