namespace Publishing.Reading.Model;

/// <summary>The one vocabulary of document types: the slug used in <c>read</c> JSON, feeds, filters and validation,
/// a name for people, and how the type is graded.</summary>
public static class DocumentTypes
{
    private sealed record Entry(DocumentType Type, string Slug, string Name, DocumentGrading Grading);

    private static readonly Entry[] Entries =
    [
        new(DocumentType.Sif, "sif", "Single inspection framework inspection", DocumentGrading.OverallGrade),
        new(DocumentType.SifReinspection, "sif-reinspection", "Single inspection framework re-inspection", DocumentGrading.OverallGrade),
        new(DocumentType.LookedAfterChildren2013, "looked-after-children-2013", "Inspection of looked after children services (2013)", DocumentGrading.OverallGradeOlderScale),
        new(DocumentType.LscbReview, "lscb-review", "Review of the local safeguarding children board", DocumentGrading.BoardGrade),
        new(DocumentType.Ilacs2018, "ilacs-2018-22", "ILACS inspection (2018-22)", DocumentGrading.OverallGrade),
        new(DocumentType.Ilacs2023, "ilacs-2023-26", "ILACS inspection (2023-26)", DocumentGrading.OverallGrade),
        new(DocumentType.Ilacs2026, "ilacs-2026", "ILACS inspection (2026 format)", DocumentGrading.JudgementsOnly),
        new(DocumentType.FocusedVisit, "focused-visit", "ILACS focused visit", DocumentGrading.NoGrade),
        new(DocumentType.AreaSend, "area-send", "Area SEND inspection (Ofsted and CQC)", DocumentGrading.OutcomeStatement),
        new(DocumentType.MonitoringVisit, "monitoring-visit", "ILACS monitoring visit", DocumentGrading.ReviewOnly),
        new(DocumentType.Jtai, "jtai", "Joint targeted area inspection", DocumentGrading.ReviewOnly),
    ];

    public static IEnumerable<DocumentType> All => Entries.Select(e => e.Type);

    public static IEnumerable<string> Slugs => Entries.Select(e => e.Slug);

    public static string Slug(this DocumentType type) => Find(type).Slug;

    public static string DisplayName(this DocumentType type) => Find(type).Name;

    public static DocumentGrading Grading(this DocumentType type) => Find(type).Grading;

    /// <summary>A full inspection (graded), as against a visit, an outcome-statement inspection or a letter for review.</summary>
    public static bool IsFullInspection(this DocumentType type) =>
        type.Grading() is DocumentGrading.OverallGrade or DocumentGrading.OverallGradeOlderScale or DocumentGrading.JudgementsOnly;

    public static DocumentType? FromSlug(string? slug) =>
        Entries.FirstOrDefault(e => string.Equals(e.Slug, slug, StringComparison.Ordinal))?.Type;

    public static DocumentType ForFramework(this Framework framework) => framework switch
    {
        Framework.Sif => DocumentType.Sif,
        Framework.SifReinspection => DocumentType.SifReinspection,
        Framework.LookedAfterChildren2013 => DocumentType.LookedAfterChildren2013,
        Framework.Ilacs2018 => DocumentType.Ilacs2018,
        Framework.Ilacs2023 => DocumentType.Ilacs2023,
        Framework.Ilacs2026 => DocumentType.Ilacs2026,
        Framework.FocusedVisit => DocumentType.FocusedVisit,
        Framework.AreaSend => DocumentType.AreaSend,
        Framework.LscbReview => DocumentType.LscbReview,
        _ => throw new ArgumentOutOfRangeException(nameof(framework), framework, "a framework without a document type"),
    };

    private static Entry Find(DocumentType type) => Entries.First(e => e.Type == type);
}
