namespace Publishing.Distribution.Webhooks;

/// <summary>
/// Bind from <c>Distribution:WebhookSender</c>. The defaults retry for about a day: 30 s doubling to a 6 h cap, with
/// jitter, ten attempts in all.
/// </summary>
public sealed class WebhookSenderOptions
{
    public int MaxAttempts { get; set; } = 10;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(6);
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Per subscription: the failure ratio that opens the circuit...</summary>
    public double BreakerFailureRatio { get; set; } = 0.5;
    /// <summary>...over at least this many calls...</summary>
    public int BreakerMinimumThroughput { get; set; } = 5;
    /// <summary>...within this window...</summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>...and how long it then stays open before one trial call.</summary>
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromMinutes(2);

    public string UserAgent { get; set; } = "Publishing-Webhooks/1.0";
}
