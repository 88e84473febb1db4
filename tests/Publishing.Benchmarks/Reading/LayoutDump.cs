using System.Globalization;
using Publishing.Reading.Layout;
using UglyToad.PdfPig;

namespace Publishing.Benchmarks.Reading;

public static class LayoutDump
{
    public static int Run(string[] args)
    {
        using var output = new StreamWriter(args[1]);
        foreach (var file in Directory.GetFiles(args[0], "*.pdf").Order(StringComparer.Ordinal))
        {
            using var pdf = PdfDocument.Open(file, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            for (var i = 1; i <= pdf.NumberOfPages; i++)
            {
                var page = PdfLayoutExtractor.ToLayout(pdf.GetPage(i));
                output.WriteLine(FormattableString.Invariant($"--- {Path.GetFileName(file)} {i} {page.LinePitch:R}"));
                foreach (var line in page.Lines)
                    output.WriteLine(FormattableString.Invariant($"{line.Top:R} {line.IsBold} {line.FontSize:R} | ") + string.Join(" | ", line.Segments.Select(s => FormattableString.Invariant($"{s.Left:R} {s.Right:R} {s.Text}"))) + " || " + string.Join(" | ", line.Words.Select(s => FormattableString.Invariant($"{s.Left:R} {s.Right:R} {s.Text}"))));
            }
        }
        return 0;
    }
}
