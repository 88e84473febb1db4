namespace Publishing.Reports.Provenance;

/// <summary>One difference between a published report's reading and a new document's: a grade or a title-block field.</summary>
public sealed record FieldChange(string Field, string? Before, string? After)
{
    public bool IsGrade => Field.StartsWith("grade:", StringComparison.Ordinal);

    public override string ToString() => $"{Field}: {Before ?? "(none)"} → {After ?? "(none)"}";
}
