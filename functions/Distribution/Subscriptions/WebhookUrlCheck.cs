namespace Publishing.Distribution.Subscriptions;

/// <summary>The verdict on a webhook URL: the parsed URL when acceptable, else the reason it is refused.</summary>
public sealed record WebhookUrlCheck(Uri? Url, string? Reason)
{
    public bool IsValid => Url is not null;

    public static WebhookUrlCheck Accept(Uri url) => new(url, null);
    public static WebhookUrlCheck Refuse(string reason) => new(null, reason);
}
