using System.Globalization;
using Publishing.Reading.Layout;
using UglyToad.PdfPig;

namespace Publishing.Cli;

/// <summary><c>publishing layout &lt;file.pdf&gt; [page]</c>: prints the positioned lines the parsers see, for diagnosing a layout.</summary>
internal static class LayoutCommand
{
    public static int Run(string[] args)
    {
        if (args.Length is < 1 or > 2 || !File.Exists(args[0]))
        {
            Console.Error.WriteLine("usage: publishing layout <report.pdf> [page]");
            return 2;
        }
        using var pdf = PdfDocument.Open(args[0]);
        var only = args.Length == 2 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 0;
        for (var i = 1; i <= pdf.NumberOfPages; i++)
        {
            if (only != 0 && i != only) continue;
            var page = PdfLayoutExtractor.ToLayout(pdf.GetPage(i));
            Console.Out.WriteLine($"--- page {i} (pitch {page.LinePitch:0.0000})");
            foreach (var line in page.Lines)
                Console.Out.WriteLine($"{line.Top:0.0000}{(line.IsBold ? " B" : "  ")} {line.FontSize,4:0.#} " + string.Join(" ", line.Segments.Select(s => $"[{s.Left:0.00}-{s.Right:0.00}] {s.Text}")));
        }
        return 0;
    }
}
