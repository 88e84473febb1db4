using System.Collections.Concurrent;
using Publishing.Reading.Layout;
using Publishing.Reading.Parsing;
using UglyToad.PdfPig;
using Xunit.Abstractions;

namespace Publishing.Tests.Corpus;

/// <summary>
/// Every corpus table (development and holdout) moved into two layouts none of them has: rows packed as close as
/// lines, and the table broken over a page. Coverage and accuracy are reported by part; a field read wrong fails.
/// </summary>
public class CorpusPerturbedLayoutTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Parse_CorpusTablesInUnseenLayouts_ReadWithoutAWrongField()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var rows = CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv"));
        var holdout = CorpusHoldout.Committed();
        var results = new ConcurrentBag<(string Part, string Layout, IReadOnlyList<FieldCheck>? Checks)>();
        var devFailures = new ConcurrentBag<string>();
        Parallel.ForEach(rows, new ParallelOptions { MaxDegreeOfParallelism = 2 }, row =>
        {
            var document = Layout(Path.Combine(RepositoryPaths.SharedCorpus, row.File));
            var part = holdout.Contains(row.File) ? "holdout" : "dev";
            foreach (var (name, perturb) in new (string, Func<LayoutDocument, LayoutDocument?>)[] { ("packed rows", PerturbedLayouts.PackedRows), ("split over pages", PerturbedLayouts.SplitOverPages) })
            {
                if (perturb(document) is not { } changed) continue;
                var result = ReportParser.Parse(changed, row.File);
                results.Add((part, name, result.Succeeded ? CorpusFields.Check(row, result.Report) : null));
                // Development failures are shown to fix from; holdout ones only counted.
                if (!result.Succeeded && part == "dev") devFailures.Add($"  {name}: {row.File}: {result.Failure.Found}");
            }
        });

        foreach (var group in results.GroupBy(r => (r.Part, r.Layout)).OrderBy(g => g.Key.Part, StringComparer.Ordinal).ThenBy(g => g.Key.Layout, StringComparer.Ordinal))
        {
            var read = group.Where(r => r.Checks is not null).ToList();
            var fields = read.SelectMany(r => r.Checks!).Where(c => c.Read).ToList();
            var line = $"{group.Key.Part,-8} {group.Key.Layout,-18} coverage {read.Count}/{group.Count()}  accuracy {fields.Count(c => c.Right)}/{fields.Count}";
            output.WriteLine(line);
            Console.WriteLine(line);
        }
        foreach (var failure in devFailures.Order(StringComparer.Ordinal)) output.WriteLine(failure);
        Assert.Empty(results.Where(r => r.Checks is not null).SelectMany(r => r.Checks!).Where(c => c.Read && !c.Right).Select(c => c.Detail));
    }

    private static LayoutDocument Layout(string path)
    {
        using var pdf = PdfDocument.Open(path, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var pages = Enumerable.Range(1, pdf.NumberOfPages).Select(i => PdfLayoutExtractor.ToLayout(pdf.GetPage(i))).ToList();
        return new LayoutDocument(pages);
    }
}
