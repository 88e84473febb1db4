namespace Publishing.Statements.Classification;

/// <summary>Labels a statement per the statement taxonomy.</summary>
public interface IStatementClassifier
{
    ValueTask<StatementClassification> ClassifyAsync(StatementInput statement, CancellationToken cancellationToken);
}
