namespace Publishing.Summaries.Model;

public sealed record NotesToEditors(
    string InspectionDates,
    DateOnly? Published,
    string Framework,
    string Era,
    string? LeadInspector,
    string GradeMeanings,
    string? ReportLink,
    IReadOnlyList<FactSource> Sources)
{
    /// <summary>The PDF the summary was written from: its SHA-256, where it came from, and who approved it if it was held.</summary>
    public DocumentSource? Document { get; init; }
}

/// <param name="Sha256">The PDF's SHA-256, hex.</param>
/// <param name="OfstedUrl">Ofsted's address of the file, where its source gave it.</param>
/// <param name="Source">The source label the file arrived with (<c>drop-folder</c>, <c>ofsted</c>, <c>unlabelled</c>).</param>
public sealed record DocumentSource(string Sha256, int Revision, string? OfstedUrl, string Source, string? ApprovedBy);
