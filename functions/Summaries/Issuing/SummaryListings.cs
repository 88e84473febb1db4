namespace Publishing.Summaries.Issuing;

public sealed record SummaryListItem(string Report, int LatestVersion, string Url);

/// <summary>One page of summaries; <see cref="Continuation"/> and <see cref="Next"/> are null on the last page.</summary>
public sealed record SummaryList(int Count, IReadOnlyList<SummaryListItem> Summaries, string? Continuation = null, string? Next = null);

public sealed record SummaryVersionItem(int Version, string? ChangeNote, DateTimeOffset? AsAt, string Url)
{
    /// <summary>Why this version's change note and time are not given: its stored JSON form could not be read.</summary>
    public string? Unread { get; init; }
}

/// <summary>One page of a summary's versions, oldest first; <see cref="Continuation"/> is null on the last page.</summary>
public sealed record SummaryVersionList(string Report, IReadOnlyList<SummaryVersionItem> Versions, string? Continuation = null, string? Next = null);
