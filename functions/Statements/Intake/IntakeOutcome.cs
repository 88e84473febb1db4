namespace Publishing.Statements.Intake;

public enum IntakeStatus { Accepted, NotFound, Forbidden, Gone, IdempotencyConflict, ReportChanged, ConcurrentEdit, TooManyStatements, TooManyRevisions }

/// <summary>What became of a submission, correction or withdrawal. <see cref="Replayed"/> marks an idempotent repeat.</summary>
public sealed record IntakeOutcome(IntakeStatus Status, StatementRecord? Statement, bool Replayed)
{
    public static IntakeOutcome Accepted(StatementRecord statement, bool replayed) => new(IntakeStatus.Accepted, statement, replayed);
    public static IntakeOutcome NotFound() => new(IntakeStatus.NotFound, null, false);
    public static IntakeOutcome Forbidden() => new(IntakeStatus.Forbidden, null, false);
    public static IntakeOutcome Gone() => new(IntakeStatus.Gone, null, false);
    public static IntakeOutcome IdempotencyConflict() => new(IntakeStatus.IdempotencyConflict, null, false);
    public static IntakeOutcome ReportChanged() => new(IntakeStatus.ReportChanged, null, false);
    public static IntakeOutcome ConcurrentEdit() => new(IntakeStatus.ConcurrentEdit, null, false);
    public static IntakeOutcome TooManyStatements() => new(IntakeStatus.TooManyStatements, null, false);
    public static IntakeOutcome TooManyRevisions() => new(IntakeStatus.TooManyRevisions, null, false);
}
