using Publishing.Distribution.Feeds;

namespace Publishing.Tests.Distribution;

/// <summary>Feed entries for the distribution tests; fictional councils, real shapes.</summary>
internal static class TestEntries
{
    public static readonly FeedOptions Options = new() { BaseUri = new Uri("https://feeds.test.example/"), PageSize = 20 };
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    public static FeedEntry Make(
        string councilName,
        string region,
        string? grade,
        DateTimeOffset published,
        int version = 1,
        DateTimeOffset? updated = null,
        DateTimeOffset? availableFrom = null,
        string? summary = null,
        string? title = null)
    {
        var councilKey = Slug.From(councilName);
        var reportId = $"{councilKey}-{published:yyyy-MM-dd}";
        var site = new Uri(Options.BaseUri, $"summaries/{reportId}/");
        var text = summary ?? $"{councilName}: children's services judged {(grade ?? "not graded").ToLowerInvariant()} overall.";
        return new FeedEntry
        {
            Id = FeedEntryIds.For(Options, reportId),
            ReportId = reportId,
            Title = title ?? $"{councilName}: {grade ?? "no overall grade"}",
            CouncilName = councilName,
            CouncilKey = councilKey,
            Region = region,
            OverallGrade = grade,
            Published = published,
            Updated = updated ?? published,
            Version = version,
            ChangeNote = version > 1 ? $"Version {version}: corrected the inspection dates." : null,
            HtmlContent = $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>",
            TextSummary = text,
            Links = new FeedEntryLinks(
                new Uri(Options.BaseUri, $"reports/{reportId}.pdf"),
                new Uri(site, "summary.html"),
                new Uri(site, "summary.md"),
                new Uri(site, "summary.txt"),
                new Uri(site, "summary.json")),
            AvailableFrom = availableFrom ?? published,
        };
    }

    private static readonly (string Council, string Region, string? Grade)[] Councils =
    [
        ("Northmoor", "North West", "Good"),
        ("Eastbridge", "East of England", "Outstanding"),
        ("Southvale", "South East", "Requires improvement to be good"),
        ("Westhaven", "South West", "Inadequate"),
        ("Kingsford", "London", null),
    ];

    /// <summary><paramref name="count"/> entries one day apart, cycling through five councils.</summary>
    public static List<FeedEntry> Many(int count) =>
        Enumerable.Range(0, count)
            .Select(i =>
            {
                var (council, region, grade) = Councils[i % Councils.Length];
                return Make(council, region, grade, Start.AddDays(i));
            })
            .ToList();
}
