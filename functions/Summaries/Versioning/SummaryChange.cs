namespace Publishing.Summaries.Versioning;

public enum SummaryChangeKind
{
    FirstVersion,
    StatementAdded,
    StatementCorrected,
    StatementWithdrawn,
    ReportRepublished,
    GradeChanged,
    ContextUpdated,
}

/// <summary>One difference between two versions of a summary; <see cref="Subject"/> is a statement id or judgement key where there is one.</summary>
public sealed record SummaryChange(SummaryChangeKind Kind, string? Subject, string Description);
