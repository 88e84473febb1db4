using System.Diagnostics.CodeAnalysis;

namespace Publishing.Distribution.Feeds;

/// <summary>
/// Which summaries a feed carries: <c>all</c>, <c>council/{key}</c>, <c>region/{slug}</c>, <c>grade/{slug}</c>
/// (<c>grade/none</c> for full inspections without an overall grade; see <see cref="GradeFeedValues"/>) or
/// <c>type/{slug}</c> (<see cref="DocumentTypeFilterValues"/>). <see cref="Path"/> is the slice's stable URL part.
/// </summary>
public sealed record FeedSlice
{
    public const string NoGrade = "none";

    private FeedSlice(FeedSliceKind kind, string? key)
    {
        Kind = kind;
        Key = key;
    }

    public FeedSliceKind Kind { get; }
    public string? Key { get; }

    public static FeedSlice All { get; } = new(FeedSliceKind.All, null);
    public static FeedSlice Council(string councilKey) => new(FeedSliceKind.Council, RequireSlug(councilKey));
    public static FeedSlice Region(string regionSlug) => new(FeedSliceKind.Region, RequireSlug(regionSlug));
    public static FeedSlice Grade(string gradeSlug) => new(FeedSliceKind.Grade, RequireSlug(gradeSlug));
    public static FeedSlice Type(string typeSlug) => new(FeedSliceKind.Type, RequireSlug(typeSlug));

    public string Path => Kind == FeedSliceKind.All ? "all" : $"{Kind.ToString().ToLowerInvariant()}/{Key}";

    public bool Matches(FeedEntry entry) => Kind switch
    {
        FeedSliceKind.All => true,
        FeedSliceKind.Council => entry.CouncilKey == Key,
        FeedSliceKind.Region => entry.RegionSlug == Key,
        FeedSliceKind.Grade => entry.GradeSlug == Key,
        FeedSliceKind.Type => DocumentTypeFilterValues.Matches(Key!, entry.DocumentType),
        _ => false,
    };

    /// <summary>Words for the feed title; <paramref name="matched"/> supplies the display name (council, region or grade words).</summary>
    public string Describe(IEnumerable<FeedEntry> matched)
    {
        var first = matched.FirstOrDefault();
        return Kind switch
        {
            FeedSliceKind.All => "all councils",
            FeedSliceKind.Council => $"council: {first?.CouncilName ?? Key}",
            FeedSliceKind.Region => $"region: {first?.Region ?? Key}",
            FeedSliceKind.Grade when Key == NoGrade => "grade: no overall grade",
            FeedSliceKind.Grade => $"grade: {first?.OverallGrade ?? Key}",
            FeedSliceKind.Type => $"document type: {(Reading.Model.DocumentTypes.FromSlug(Key) is { } type ? Reading.Model.DocumentTypes.DisplayName(type) : "full inspections")}",
            _ => Path,
        };
    }

    /// <summary>Reads <c>all</c>, <c>council/{key}</c>, <c>region/{slug}</c> or <c>grade/{slug}</c>.</summary>
    public static bool TryParse(string path, [NotNullWhen(true)] out FeedSlice? slice)
    {
        slice = null;
        var parts = path.Trim('/').Split('/');
        if (parts is ["all"]) slice = All;
        else if (parts.Length == 2 && IsSlug(parts[1]))
        {
            slice = parts[0] switch
            {
                "council" => Council(parts[1]),
                "region" => Region(parts[1]),
                "grade" => Grade(parts[1]),
                "type" when DocumentTypeFilterValues.IsKnown(parts[1]) => Type(parts[1]),
                _ => null,
            };
        }
        return slice is not null;
    }

    public override string ToString() => Path;

    private static bool IsSlug(string value) => value.Length > 0 && Slug.From(value) == value;

    private static string RequireSlug(string value) => IsSlug(value)
        ? value
        : throw new ArgumentException($"'{value}' is not a slug (lower-case letters and digits joined by single hyphens).", nameof(value));
}
