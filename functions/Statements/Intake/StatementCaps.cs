using System.Globalization;

namespace Publishing.Statements.Intake;

/// <summary>
/// How much one body may store for one report: every summary version carries every statement, so these caps bound
/// what one key holder can make the pipeline store and render. Withdrawn statements count (their revisions are kept).
/// From <c>PUBLISHING_MAX_STATEMENTS_PER_BODY</c> and <c>PUBLISHING_MAX_STATEMENT_REVISIONS</c>.
/// </summary>
public sealed record StatementCaps
{
    /// <summary>Statements one body may submit for one report.</summary>
    public int MaxPerBodyPerReport { get; init; } = 20;
    /// <summary>Revisions a statement may have (the submission, each correction, the withdrawal).</summary>
    public int MaxRevisions { get; init; } = 20;

    public static StatementCaps FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var caps = new StatementCaps();
        return caps with
        {
            MaxPerBodyPerReport = Positive(read("PUBLISHING_MAX_STATEMENTS_PER_BODY"), caps.MaxPerBodyPerReport, "PUBLISHING_MAX_STATEMENTS_PER_BODY"),
            MaxRevisions = Positive(read("PUBLISHING_MAX_STATEMENT_REVISIONS"), caps.MaxRevisions, "PUBLISHING_MAX_STATEMENT_REVISIONS"),
        };
    }

    private static int Positive(string? value, int fallback, string name) =>
        value is null ? fallback
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0 ? parsed
        : throw new FormatException($"{name} must be a positive whole number, not '{value}'.");
}
