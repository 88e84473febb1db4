namespace Publishing.Distribution.Subscriptions;

/// <summary>Bind from <c>Distribution:Webhooks</c>. Production leaves <see cref="AllowLoopbackHttp"/> false.</summary>
public sealed class WebhookUrlOptions
{
    /// <summary>For local runs and tests only: allows http:// and loopback targets (127.0.0.0/8, ::1, localhost).</summary>
    public bool AllowLoopbackHttp { get; set; }
}
