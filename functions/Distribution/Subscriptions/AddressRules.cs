using System.Net;
using System.Net.Sockets;

namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// Which IP addresses a webhook may reach: public unicast only. Refused: loopback (unless allowed for local runs),
/// unspecified, private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT (100.64/10), link-local
/// (169.254/16 — cloud metadata — and fe80::/10), multicast, broadcast, benchmarking (198.18/15), reserved (240/4),
/// and IPv4-mapped forms of any of those.
/// </summary>
public static class AddressRules
{
    public static string? WhyRefused(IPAddress address, bool allowLoopback)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return allowLoopback ? null : "it is a loopback address";
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b switch
            {
                [0, ..] => "it is an unspecified address (0.0.0.0/8)",
                [10, ..] => "it is a private address (10.0.0.0/8)",
                [172, >= 16 and <= 31, ..] => "it is a private address (172.16.0.0/12)",
                [192, 168, ..] => "it is a private address (192.168.0.0/16)",
                [100, >= 64 and <= 127, ..] => "it is a carrier-grade NAT address (100.64.0.0/10)",
                [169, 254, ..] => "it is a link-local address (169.254.0.0/16, which includes cloud metadata)",
                [192, 0, 0, _] => "it is an IETF protocol assignment (192.0.0.0/24)",
                [198, 18 or 19, ..] => "it is a benchmarking address (198.18.0.0/15)",
                [>= 224 and <= 239, ..] => "it is a multicast address",
                [>= 240, ..] => "it is a reserved address (240.0.0.0/4)",
                _ => null,
            };
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (address.Equals(IPAddress.IPv6None)) return "it is the unspecified address (::)";
            if (address.IsIPv6LinkLocal) return "it is a link-local address (fe80::/10)";
            if (address.IsIPv6SiteLocal) return "it is a site-local address (fec0::/10)";
            if (address.IsIPv6UniqueLocal) return "it is a private address (fc00::/7)";
            if (address.IsIPv6Multicast) return "it is a multicast address";
            return null;
        }
        return "it is not an IP address";
    }
}
