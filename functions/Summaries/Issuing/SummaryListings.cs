namespace Publishing.Summaries.Issuing;

public sealed record SummaryListItem(string Report, int LatestVersion, string Url);

public sealed record SummaryList(int Count, IReadOnlyList<SummaryListItem> Summaries);

public sealed record SummaryVersionItem(int Version, string? ChangeNote, DateTimeOffset? AsAt, string Url)
{
    /// <summary>Why this version's change note and time are not given: its stored JSON form could not be read.</summary>
    public string? Unread { get; init; }
}

public sealed record SummaryVersionList(string Report, IReadOnlyList<SummaryVersionItem> Versions);
