namespace Publishing.Statements.Language;

/// <summary>
/// Limits for calling the Language service from <see cref="FallbackStatementClassifier"/>. <see cref="Timeout"/> bounds
/// one statement (all three calls and Azure.Core's retries); the circuit opens when at least <see cref="FailureRatio"/>
/// of the calls in <see cref="SamplingDuration"/> fail (given <see cref="MinimumThroughput"/> calls) and stays open for
/// <see cref="BreakDuration"/>, during which the local rules answer without trying the service.
/// </summary>
public sealed record LanguageResilienceOptions
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    public double FailureRatio { get; init; } = 0.5;

    public int MinimumThroughput { get; init; } = 4;

    public TimeSpan SamplingDuration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan BreakDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Azure.Core retries for transient failures other than 429 (see <see cref="ThrottleAwareRetryPolicy"/>).</summary>
    public int TransportRetries { get; init; } = 1;
}
