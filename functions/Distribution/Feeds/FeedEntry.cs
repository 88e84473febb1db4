namespace Publishing.Distribution.Feeds;

/// <summary>
/// One published summary as the feeds and pushes see it. <see cref="Id"/> is a stable tag URI
/// (<see cref="FeedEntryIds.For"/>) that survives re-issues; <see cref="Updated"/> and <see cref="Version"/> move on
/// each re-issue. Nothing reads an entry before <see cref="AvailableFrom"/> (the embargo instant).
/// </summary>
public sealed record FeedEntry
{
    public required string Id { get; init; }
    public required string ReportId { get; init; }
    public required string Title { get; init; }
    public required string CouncilName { get; init; }
    public required string CouncilKey { get; init; }
    /// <summary>Ofsted's region of the council, or null for a council Ofsted's data do not name (no region slice then).</summary>
    public string? Region { get; init; }
    /// <summary>Ofsted's words for the overall grade, or null when the report gives none.</summary>
    public string? OverallGrade { get; init; }
    public required DateTimeOffset Published { get; init; }
    public required DateTimeOffset Updated { get; init; }
    /// <summary>1 for the first issue; each re-issue adds one.</summary>
    public int Version { get; init; } = 1;
    /// <summary>What changed in this version; null for the first issue.</summary>
    public string? ChangeNote { get; init; }
    public required string HtmlContent { get; init; }
    public required string TextSummary { get; init; }
    public required FeedEntryLinks Links { get; init; }
    public required DateTimeOffset AvailableFrom { get; init; }
    /// <summary>The kind of document; null for summaries stored before document types were told (all full inspections).</summary>
    public Reading.Model.DocumentType? DocumentType { get; init; }

    public bool IsReissue => Version > 1;
    public string? RegionSlug => Region is null ? null : Slug.From(Region);
    /// <summary>The grade value (<see cref="GradeFeedValues"/>); null where the document type carries no grade.</summary>
    public string? GradeSlug => GradeFeedValues.For(DocumentType, OverallGrade);
}
