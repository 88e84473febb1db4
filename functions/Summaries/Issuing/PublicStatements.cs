using Publishing.Statements;

namespace Publishing.Summaries.Issuing;

/// <summary>
/// The statements a public summary may know about at an instant: those that are, or once were, public. A statement
/// still under embargo, or withdrawn before its embargo lifted, is left out entirely, so that its existence cannot
/// change anything public (a version, <c>statementsGiven</c>, the "Statements as at" line, a push) before it lifts.
/// </summary>
public static class PublicStatements
{
    public static IReadOnlyList<StatementRecord> At(IEnumerable<StatementRecord> held, DateTimeOffset now) =>
        held.Where(s => WasEverPublic(s, now)).ToList();

    public static bool IsUnderEmbargo(StatementRecord statement, DateTimeOffset now) =>
        !statement.Withdrawn && statement.EmbargoUntil > now;

    // A withdrawal revision's ReceivedAt is when it was withdrawn: public before that only if its embargo had lifted.
    private static bool WasEverPublic(StatementRecord statement, DateTimeOffset now) =>
        statement.EmbargoUntil is not { } until || until <= (statement.Withdrawn ? statement.ReceivedAt : now);
}
