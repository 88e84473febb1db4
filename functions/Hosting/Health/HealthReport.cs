namespace Publishing.Hosting.Health;

public sealed record QueueHealth(string Name, int Depth, double? OldestMessageAgeSeconds);

/// <summary>The answer of <c>/api/health</c>.</summary>
public sealed record HealthReport(string Status, string Storage, DateTimeOffset CheckedAt, IReadOnlyList<QueueHealth>? Queues, string? Error);
