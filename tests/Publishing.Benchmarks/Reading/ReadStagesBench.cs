using System.Diagnostics;
using Publishing.Reading;
using Publishing.Reading.Layout;
using Publishing.Reading.Limits;
using Publishing.Reading.Parsing;
using UglyToad.PdfPig;

namespace Publishing.Benchmarks.Reading;

/// <summary>
/// Where a read's time goes: the reader built up stage by stage, each variant timed over every PDF in a folder as a
/// whole (best of several alternating rounds, a full collection between variants so none pays for another's garbage),
/// beside PdfPig alone pulling each page's raw text. The difference between neighbours is a stage's cost.
/// Usage: stages [folder] [rounds=3]
/// </summary>
public static class ReadStagesBench
{
    private static readonly ParsingOptions ReaderParsing = new() { UseLenientParsing = true, SkipMissingFonts = true };

    private static readonly (string Name, Action<byte[], string> Read)[] Variants =
    [
        ("PdfPig raw text (the floor)", RawText),
        ("PdfPig pages, reader's options", (pdf, _) => Pages(pdf, layout: false)),
        ("+ layout", (pdf, _) => Pages(pdf, layout: true)),
        ("+ parse", (pdf, file) => Parse(pdf, file)),
        ("+ limits: the full reader", (pdf, file) => Full(pdf, file)),
        ("(alone) the limits' byte scan", (pdf, _) => PdfPreflight.Check(pdf, new ReportReaderOptions(), new Dictionary<long, long>(), new DecodedStreams(pdf))),
    ];

    private static readonly ReportReader Reader = new();

    public static int Run(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus", "reports");
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var files = Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            Console.Error.WriteLine($"no PDFs in {folder}");
            return 2;
        }
        var bytes = files.Select(File.ReadAllBytes).ToArray();
        var best = Enumerable.Repeat(double.MaxValue, Variants.Length).ToArray();
        var allocated = new double[Variants.Length];
        var paused = new double[Variants.Length];
        for (var round = 0; round <= rounds; round++)
        {
            for (var v = 0; v < Variants.Length; v++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
                var pausedBefore = GC.GetTotalPauseDuration();
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < bytes.Length; i++) Variants[v].Read(bytes[i], files[i]);
                if (round == 0) continue; // warm-up
                if (clock.Elapsed.TotalSeconds < best[v])
                {
                    best[v] = clock.Elapsed.TotalSeconds;
                    allocated[v] = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0;
                    paused[v] = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds;
                }
            }
        }
        for (var v = 0; v < Variants.Length; v++)
        {
            var step = v == 0 || Variants[v].Name.StartsWith('(') ? "" : $"  step {best[v] - best[v - 1],6:+0.000;-0.000} s";
            Console.Out.WriteLine($"{Variants[v].Name,-32} {best[v],7:0.000} s  {best[v] / best[0]:0.00}x the floor, {allocated[v],6:0} MB allocated, GC paused {paused[v]:0.000} s{step}");
        }
        return 0;
    }

    private static void RawText(byte[] pdf, string file)
    {
        using var document = PdfDocument.Open(pdf);
        for (var p = 1; p <= document.NumberOfPages; p++) _ = document.GetPage(p).Text;
    }

    private static List<LayoutPage> Pages(byte[] pdf, bool layout)
    {
        using var document = PdfDocument.Open(pdf, ReaderParsing);
        var pages = new List<LayoutPage>(document.NumberOfPages);
        for (var p = 1; p <= document.NumberOfPages; p++)
        {
            var page = document.GetPage(p);
            if (layout) pages.Add(PdfLayoutExtractor.ToLayout(page));
        }
        return pages;
    }

    private static void Parse(byte[] pdf, string file)
    {
        if (!ReportParser.Parse(new LayoutDocument(Pages(pdf, layout: true)), file).Succeeded) throw new InvalidOperationException($"{file}: not read");
    }

    private static void Full(byte[] pdf, string file)
    {
        if (!Reader.ReadPdf(pdf, file).Succeeded) throw new InvalidOperationException($"{file}: not read");
    }
}
