using System.Text.Json;
using System.Xml.Linq;
using Microsoft.VisualBasic.FileIO;
using Publishing.Distribution.Feeds;
using Publishing.Statements.Classification;
using Publishing.Tests.Corpus;

namespace Publishing.Tests.Distribution.Feeds;

/// <summary>
/// The feeds over the real corpus: the 160 reports in reports.csv as entries (council, publication date, overall
/// grade as Ofsted printed it), each council's region from Ofsted's la_lookup.csv.
/// </summary>
public class CorpusFeedTests
{
    private static readonly DateTimeOffset AsAt = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // Ofsted files the City of London's reports as "London Corporation"; the ONS lookup knows it as "City of London".
    private static readonly Dictionary<string, string> OfstedOnlyNames = new() { ["london corporation"] = "City of London" };

    private static List<FeedEntry> CorpusEntries()
    {
        var lookupPath = Path.Combine(RepositoryPaths.SharedCorpus, "ofsted-outcomes", "la_lookup.csv");
        var councils = KnownCouncils.FromCsv(File.ReadAllText(lookupPath));
        var regionByCode = ReadRegions(lookupPath);
        var entries = new List<FeedEntry>();
        foreach (var row in CorpusRow.Load(Path.Combine(RepositoryPaths.SharedCorpus, "reports.csv")))
        {
            var council = councils.Find(row.LocalAuthority)
                ?? councils.Find(OfstedOnlyNames.GetValueOrDefault(row.LocalAuthority, ""))
                ?? throw new InvalidOperationException($"{row.LocalAuthority} is not in la_lookup.csv");
            var published = new DateTimeOffset(DateOnly.Parse(row.PublicationDate, System.Globalization.CultureInfo.InvariantCulture), new TimeOnly(9, 30), TimeSpan.Zero);
            var entry = TestEntries.Make(council.Name, regionByCode[council.Code!], row.Judgements.GetValueOrDefault("overall_effectiveness"), published);
            entries.Add(entry with { CouncilKey = row.CouncilKey.Replace(' ', '-') });
        }
        return entries;
    }

    private static Dictionary<string, string> ReadRegions(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        int code = Array.IndexOf(header, "la_code_new"), region = Array.IndexOf(header, "region_name");
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        while (parser.ReadFields() is { } fields) regions[fields[code]] = fields[region];
        return regions;
    }

    [SkippableFact]
    public void AllFeed_EveryPage_IsValidAtomAndTogetherHoldsEachReportOnceNewestFirst()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var entries = CorpusEntries();
        var renderer = new FeedRenderer(TestEntries.Options);

        var ids = new List<string>();
        var dates = new List<string>();
        for (var page = 1; renderer.Render(entries, new FeedAddress(FeedSlice.All, FeedFormat.Atom, page), AsAt) is { } document; page++)
        {
            var feed = XDocument.Load(new MemoryStream(document.Content));
            Assert.Empty(AtomRules.Violations(feed));
            ids.AddRange(feed.Root!.Elements(AtomRules.Atom + "entry").Select(e => e.Element(AtomRules.Atom + "id")!.Value));
            dates.AddRange(feed.Root.Elements(AtomRules.Atom + "entry").Select(e => e.Element(AtomRules.Atom + "updated")!.Value));
        }

        Assert.Equal(160, ids.Count);
        Assert.Equal(160, ids.Distinct().Count());
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [SkippableFact]
    public void RegionAndGradeSlices_PartitionTheCorpusAndEchoTheirNames()
    {
        Skip.IfNot(RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var entries = CorpusEntries();
        var options = new FeedOptions { BaseUri = TestEntries.Options.BaseUri, PageSize = 500 };

        foreach (var (kind, keyOf) in new (string, Func<FeedEntry, string>)[] { ("region", e => e.RegionSlug ?? ""), ("grade", e => e.GradeSlug ?? FeedSlice.NoGrade) })
        {
            var total = 0;
            foreach (var group in entries.GroupBy(keyOf))
            {
                Assert.True(FeedSlice.TryParse($"{kind}/{group.Key}", out var slice));
                var bytes = new FeedRenderer(options).Render(entries, new FeedAddress(slice, FeedFormat.Json), AsAt)!.Content;
                var root = JsonDocument.Parse(bytes).RootElement;
                var items = root.GetProperty("items").EnumerateArray().ToList();
                Assert.Equal(group.Count(), items.Count);
                var label = kind == "region" ? group.First().Region : group.First().OverallGrade ?? "no overall grade";
                Assert.EndsWith($"{kind}: {label}", root.GetProperty("title").GetString());
                total += items.Count;
            }
            Assert.Equal(160, total);
        }
    }
}
