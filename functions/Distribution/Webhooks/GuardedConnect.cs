using System.Net;
using System.Net.Sockets;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Distribution.Webhooks;

/// <summary>
/// A connect step for <see cref="SocketsHttpHandler"/> that resolves the host itself and connects only to addresses
/// <see cref="AddressRules"/> allows. Checking at connect time, not just at subscription time, stops a name that is
/// re-pointed at an internal address later (DNS rebinding). The address the socket actually connected to is checked
/// again before a byte is sent.
/// </summary>
public static class GuardedConnect
{
    public static HttpClient CreateClient(WebhookUrlOptions options) => new(new SocketsHttpHandler
    {
        ConnectCallback = (context, cancellationToken) => ConnectAsync(context.DnsEndPoint, options.AllowLoopbackHttp, cancellationToken),
        ConnectTimeout = TimeSpan.FromSeconds(10),
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan, // the Polly pipeline times each attempt
    };

    private static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowLoopback, CancellationToken cancellationToken)
    {
        var addresses = await Dns.GetHostAddressesAsync(endpoint.Host, cancellationToken);
        var refusals = new List<string>();
        foreach (var address in addresses)
        {
            var why = AddressRules.WhyRefused(address, allowLoopback);
            if (why is not null)
            {
                refusals.Add($"{address}: {why}");
                continue;
            }
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, endpoint.Port), cancellationToken);
                var connected = socket.RemoteEndPoint as IPEndPoint;
                if ((connected is null ? "the connected address is unknown" : AddressRules.WhyRefused(connected.Address, allowLoopback)) is { } after)
                {
                    socket.Dispose();
                    refusals.Add($"{address}: connected to {connected?.Address.ToString() ?? "?"}, refused: {after}");
                    continue;
                }
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException)
            {
                socket.Dispose();
                if (address == addresses[^1]) throw;
            }
        }
        throw new HttpRequestException($"Refused to connect to {endpoint.Host}: {string.Join("; ", refusals)}.");
    }
}
