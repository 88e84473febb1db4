namespace Publishing.Summaries.Model;

public sealed record NotesToEditors(
    string InspectionDates,
    DateOnly? Published,
    string Framework,
    string Era,
    string? LeadInspector,
    string GradeMeanings,
    string? ReportLink,
    IReadOnlyList<FactSource> Sources);
