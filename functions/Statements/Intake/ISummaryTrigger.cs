namespace Publishing.Statements.Intake;

/// <summary>Tells the summary stage that a report's statements changed, so its summary is re-issued (at the embargo time if later).</summary>
public interface ISummaryTrigger
{
    Task StatementsChangedAsync(StatementRecord statement, CancellationToken cancellationToken);
}
