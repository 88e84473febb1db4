using System.Collections.Concurrent;

namespace Publishing.Statements.Classification;

/// <summary>
/// Classifies stored statements when they are read (listing, composing a summary), not when they are submitted: the
/// rules cost milliseconds of CPU and a remote backend costs a round trip, neither of which belongs between a
/// body and its 202. Results are cached per statement revision (a revision never changes).
/// </summary>
public sealed class StatementLabeller(IStatementClassifier classifier)
{
    private const int Capacity = 100_000;
    private readonly ConcurrentDictionary<(string Id, int Revision), StatementClassification> _cache = new();

    public async ValueTask<StatementClassification> LabelAsync(StatementRecord statement, CancellationToken cancellationToken)
    {
        if (statement.Classification is { } stored) return stored;
        if (_cache.TryGetValue((statement.Id, statement.Revision), out var cached)) return cached;
        var input = new StatementInput(statement.Text, statement.SpeakerName, statement.SpeakerRole ?? "", statement.Body.Name)
        {
            ReportPublished = ReportIds.PublicationDateOf(statement.ReportId),
        };
        var classification = await classifier.ClassifyAsync(input, cancellationToken);
        if (_cache.Count >= Capacity) _cache.Clear();
        _cache[(statement.Id, statement.Revision)] = classification;
        return classification;
    }

    /// <summary>The statements with their classifications filled in.</summary>
    public async Task<IReadOnlyList<StatementRecord>> LabelAllAsync(IEnumerable<StatementRecord> statements, CancellationToken cancellationToken)
    {
        var labelled = new List<StatementRecord>();
        foreach (var statement in statements)
            labelled.Add(statement with { Classification = await LabelAsync(statement, cancellationToken) });
        return labelled;
    }
}
