namespace Publishing.Statements.Language.Models;

/// <summary>A link from a target to an assessment (or another target), as a JSON pointer: <c>#/documents/0/sentences/1/assessments/0</c>.</summary>
public sealed class TargetRelation
{
    public string RelationType { get; init; } = string.Empty;

    public string Ref { get; init; } = string.Empty;
}
