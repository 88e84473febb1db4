namespace Publishing.Statements.Classification;

/// <summary>The council whose report a statement is about, and the report's publication date where known.</summary>
public sealed record CouncilSubject(string Slug, string Name, DateOnly? ReportPublished = null);
