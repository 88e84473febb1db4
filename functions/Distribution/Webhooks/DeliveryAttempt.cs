namespace Publishing.Distribution.Webhooks;

/// <summary>One try at one endpoint. <see cref="StatusCode"/> is null when no HTTP answer came back.</summary>
public sealed record DeliveryAttempt(int Number, DateTimeOffset At, AttemptOutcome Outcome, int? StatusCode, TimeSpan Duration, string Detail);
