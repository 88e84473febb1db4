using System.Net;

namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// Decides whether a subscriber's webhook URL may be used: absolute https (http only for loopback when
/// <see cref="WebhookUrlOptions.AllowLoopbackHttp"/>), no user info or fragment, and a host that is not internal —
/// literal addresses by <see cref="AddressRules"/>, names like <c>localhost</c>, <c>*.internal</c> or single labels by
/// name, and (in <see cref="ValidateAsync"/>) every address the name resolves to. Resolution can change later, so the
/// sender checks the connected address again (<see cref="Webhooks.GuardedConnect"/>).
/// </summary>
public sealed class WebhookUrlValidator(WebhookUrlOptions options, Func<string, CancellationToken, Task<IPAddress[]>>? resolve = null)
{
    private static readonly string[] InternalSuffixes = [".localhost", ".local", ".internal", ".intranet", ".lan", ".home.arpa", ".corp"];
    private readonly Func<string, CancellationToken, Task<IPAddress[]>> _resolve = resolve ?? Dns.GetHostAddressesAsync;

    /// <summary>Checks the URL's form and host name without a DNS lookup.</summary>
    public WebhookUrlCheck Validate(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return WebhookUrlCheck.Refuse("The webhook URL is empty.");
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return WebhookUrlCheck.Refuse("The webhook URL is not an absolute URL.");
        if (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            return WebhookUrlCheck.Refuse($"The webhook URL must use https, not {uri.Scheme}.");
        if (uri.UserInfo.Length > 0) return WebhookUrlCheck.Refuse("The webhook URL must not carry a user name or password; use the signature to authenticate.");
        if (uri.Fragment.Length > 0) return WebhookUrlCheck.Refuse("The webhook URL must not have a #fragment.");

        var host = uri.IdnHost.TrimEnd('.').ToLowerInvariant();
        var isLoopback = host == "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var literal) && IPAddress.IsLoopback(literal));
        var loopbackAllowed = isLoopback && options.AllowLoopbackHttp;
        if (uri.Scheme == Uri.UriSchemeHttp && !loopbackAllowed)
            return WebhookUrlCheck.Refuse("The webhook URL must use https: signed payloads still name unpublished material and must not cross the network in clear.");
        if (loopbackAllowed) return WebhookUrlCheck.Accept(uri);

        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            var why = AddressRules.WhyRefused(address, allowLoopback: false);
            return why is null ? WebhookUrlCheck.Accept(uri) : WebhookUrlCheck.Refuse($"The webhook host {host} is refused: {why}.");
        }
        if (host == "localhost" || InternalSuffixes.Any(s => host.EndsWith(s, StringComparison.Ordinal)))
            return WebhookUrlCheck.Refuse($"The webhook host {host} is an internal name.");
        if (!host.Contains('.')) return WebhookUrlCheck.Refuse($"The webhook host {host} is a single-label (intranet) name; give a fully qualified public name.");
        return WebhookUrlCheck.Accept(uri);
    }

    /// <summary><see cref="Validate"/>, then refuses the URL when any address its host resolves to is internal.</summary>
    public async Task<WebhookUrlCheck> ValidateAsync(string? url, CancellationToken cancellationToken = default)
    {
        var check = Validate(url);
        if (!check.IsValid || IPAddress.TryParse(check.Url!.IdnHost.Trim('[', ']'), out _)) return check;
        if (options.AllowLoopbackHttp && check.Url.IsLoopback) return check;
        IPAddress[] addresses;
        try
        {
            addresses = await _resolve(check.Url.IdnHost, cancellationToken);
        }
        catch (System.Net.Sockets.SocketException e)
        {
            return WebhookUrlCheck.Refuse($"The webhook host {check.Url.IdnHost} does not resolve ({e.SocketErrorCode}).");
        }
        if (addresses.Length == 0) return WebhookUrlCheck.Refuse($"The webhook host {check.Url.IdnHost} has no addresses.");
        foreach (var address in addresses)
        {
            var why = AddressRules.WhyRefused(address, allowLoopback: false);
            if (why is not null) return WebhookUrlCheck.Refuse($"The webhook host {check.Url.IdnHost} resolves to {address}, which is refused: {why}.");
        }
        return check;
    }
}
