namespace Publishing.Hosting.Health;

public sealed record QueueHealth(string Name, int Depth, double? OldestMessageAgeSeconds);

/// <summary>
/// The answer of <c>/api/health</c>: <c>healthy</c>, <c>degraded</c> (storage answers, but <see cref="Attention"/> says
/// what waits for an operator, such as poison messages) or <c>unhealthy</c> (storage unreachable).
/// </summary>
public sealed record HealthReport(string Status, string Storage, DateTimeOffset CheckedAt, IReadOnlyList<QueueHealth>? Queues, string? Error)
{
    public IReadOnlyList<string>? Attention { get; init; }
}
