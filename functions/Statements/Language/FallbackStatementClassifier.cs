using Azure;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Publishing.Statements.Classification;

namespace Publishing.Statements.Language;

/// <summary>
/// Runs a remote classifier through a Polly <see cref="ResiliencePipeline"/> and, whenever it fails, times out, is
/// throttled or its circuit is open, answers with the local rules instead. The answer then has
/// <see cref="StatementClassification.Classifier"/> "local" and <see cref="StatementClassification.Fallback"/> naming the
/// cause, e.g. "fallback: azure-language circuit open". Only the caller's own cancellation propagates.
/// </summary>
public sealed class FallbackStatementClassifier : IStatementClassifier
{
    private readonly IStatementClassifier _primary;
    private readonly string _primaryName;
    private readonly LocalStatementClassifier _fallback;
    private readonly ResiliencePipeline _pipeline;

    public FallbackStatementClassifier(IStatementClassifier primary, string primaryName, LocalStatementClassifier fallback, ResiliencePipeline pipeline)
    {
        _primary = primary ?? throw new ArgumentNullException(nameof(primary));
        _primaryName = string.IsNullOrWhiteSpace(primaryName) ? throw new ArgumentException("A name for the primary classifier is needed.", nameof(primaryName)) : primaryName;
        _fallback = fallback ?? throw new ArgumentNullException(nameof(fallback));
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
    }

    public async ValueTask<StatementClassification> ClassifyAsync(StatementInput statement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        try
        {
            return await _pipeline.ExecuteAsync(
                static (state, token) => state.Primary.ClassifyAsync(state.Statement, token),
                (Primary: _primary, Statement: statement),
                cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            return _fallback.Classify(statement) with { Fallback = $"fallback: {_primaryName} {Describe(ex)}" };
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        BrokenCircuitException => "circuit open",
        TimeoutRejectedException timeout => $"timed out after {timeout.Timeout.TotalSeconds:0.###} s",
        RequestFailedException { Status: 429 } => "throttled (429)",
        RequestFailedException { InnerException: System.Text.Json.JsonException } => "returned an unreadable answer (not the documented JSON)",
        RequestFailedException { Status: 0 } failed => $"unreachable ({failed.InnerException?.GetType().Name ?? "no response"})",
        RequestFailedException failed => $"failed (HTTP {failed.Status}{(string.IsNullOrEmpty(failed.ErrorCode) ? string.Empty : ", " + failed.ErrorCode)})",
        _ => $"failed ({exception.GetType().Name})",
    };
}
