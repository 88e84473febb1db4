using Publishing.Reading;
using Publishing.Reading.Limits;
using UglyToad.PdfPig;

namespace Publishing.Benchmarks.Reading;

/// <summary>
/// How close the reports in a folder come to the reader's work limits: per document, the most content operators,
/// bytes of text and XObjects any page asks for (counted through its forms), the deepest form nesting and resource
/// reference chain, and whether the page tree walk found the pages PdfPig found. The limits' margins are set from it.
/// Usage: work-limits [folder]
/// </summary>
public static class WorkLimitsSurvey
{
    public static int Run(string[] args)
    {
        var folder = args.Length > 0 ? args[0] : Path.Combine("..", "shared", "corpus", "reports");
        var unlimited = new ReportReaderOptions { MaxPageOperators = long.MaxValue, MaxPageGlyphs = long.MaxValue, MaxPageXObjects = long.MaxValue, MaxFormNesting = int.MaxValue, MaxResourceReferenceDepth = 10_000 };
        long operators = 0, glyphs = 0, xObjects = 0;
        int nesting = 0, chain = 0, mismatched = 0, refused = 0;
        foreach (var file in Directory.GetFiles(folder, "*.pdf").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var decoded = new DecodedStreams(bytes);
            if (PdfPreflight.Check(bytes, unlimited, new Dictionary<long, long>(), decoded) is not null) continue;
            var parsing = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, FilterProvider = new BoundedFilterProvider(decoded, unlimited) };
            using var pdf = PdfDocument.Open(bytes, parsing);
            var tree = PageTree.Leaves(pdf);
            if (tree.Count != pdf.NumberOfPages) mismatched++;
            var work = new PageWork(pdf, parsing.FilterProvider, decoded, unlimited, CancellationToken.None);
            for (var i = 0; i < tree.Count; i++)
            {
                if (work.Check(i + 1, tree[i]) is { } failure)
                {
                    refused++;
                    Console.WriteLine($"{Path.GetFileName(file)}: {failure.Message}");
                }
                var page = work.LastPage!;
                operators = Math.Max(operators, page.Operators);
                glyphs = Math.Max(glyphs, page.Glyphs);
                xObjects = Math.Max(xObjects, page.XObjects);
                nesting = Math.Max(nesting, page.FormNesting);
            }
            chain = Math.Max(chain, work.DeepestResourceChain);
        }
        Console.WriteLine($"most per page: {operators:N0} operators, {glyphs:N0} bytes of text, {xObjects:N0} XObjects; forms nested {nesting} deep; resource chains {chain} deep");
        Console.WriteLine($"page trees not followed as PdfPig follows them: {mismatched}; pages refused: {refused}");
        return refused == 0 && mismatched == 0 ? 0 : 1;
    }
}
