namespace Publishing.Statements.Language.Models;

/// <summary>A named entity: <see cref="Category"/> such as Organization, Location, Person, PersonType, Quantity (subcategory Currency).</summary>
public sealed class RecognizedEntity
{
    public string Text { get; init; } = string.Empty;

    public string Category { get; init; } = string.Empty;

    public string? Subcategory { get; init; }

    public int Offset { get; init; }

    public int Length { get; init; }

    public double ConfidenceScore { get; init; }
}
