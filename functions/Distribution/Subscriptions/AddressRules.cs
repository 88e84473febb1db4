using System.Net;
using System.Net.Sockets;

namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// Which IP addresses a webhook may reach: public unicast only. Every block of the IANA IPv4 and IPv6 special-purpose
/// address registries is refused (loopback only when allowed for local runs), and so is every IPv6 form that carries
/// an IPv4 address (IPv4-mapped and -compatible, NAT64 64:ff9b::/96 and 64:ff9b:1::/48, 6to4 2002::/16, Teredo): such
/// an address reaches whatever IPv4 address it embeds, internal ones included. IPv6 outside global unicast
/// (2000::/3) is refused whole. A zone id (<c>::1%1</c>) is stripped before any check: it names an interface, not
/// another address.
/// </summary>
public static class AddressRules
{
    public static string? WhyRefused(IPAddress address, bool allowLoopback)
    {
        address = WithoutZone(address);
        if (address.IsIPv4MappedToIPv6) return Checked(address.MapToIPv4(), allowLoopback, "an IPv4-mapped form of ");
        if (IPAddress.IsLoopback(address)) return allowLoopback ? null : "it is a loopback address";
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => WhyRefusedV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => WhyRefusedV6(address.GetAddressBytes()),
            _ => "it is not an IP address",
        };
    }

    /// <summary>The address without its IPv6 scope (zone) id, which <see cref="IPAddress.Equals(object)"/> and
    /// <see cref="IPAddress.IsLoopback"/> would otherwise count as a different address.</summary>
    public static IPAddress WithoutZone(IPAddress address) =>
        address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes()) : address;

    private static string? Checked(IPAddress v4, bool allowLoopback, string form) =>
        WhyRefused(v4, allowLoopback) is { } why ? why.Replace("it is ", "it is " + form, StringComparison.Ordinal) : null;

    private static string? WhyRefusedV4(byte[] b) => b switch
    {
        [0, ..] => "it is an unspecified address (0.0.0.0/8)",
        [10, ..] => "it is a private address (10.0.0.0/8)",
        [100, >= 64 and <= 127, ..] => "it is a carrier-grade NAT address (100.64.0.0/10)",
        [127, ..] => "it is a loopback address",
        [169, 254, ..] => "it is a link-local address (169.254.0.0/16, which includes cloud metadata)",
        [172, >= 16 and <= 31, ..] => "it is a private address (172.16.0.0/12)",
        [192, 0, 0, _] => "it is an IETF protocol assignment (192.0.0.0/24)",
        [192, 0, 2, _] or [198, 51, 100, _] or [203, 0, 113, _] => "it is a documentation address (TEST-NET)",
        [192, 31, 196, _] => "it is an AS112 service address (192.31.196.0/24)",
        [192, 52, 193, _] => "it is an AMT relay address (192.52.193.0/24)",
        [192, 88, 99, _] => "it is a 6to4 relay anycast address (192.88.99.0/24)",
        [192, 168, ..] => "it is a private address (192.168.0.0/16)",
        [192, 175, 48, _] => "it is a direct delegation AS112 address (192.175.48.0/24)",
        [198, 18 or 19, ..] => "it is a benchmarking address (198.18.0.0/15)",
        [>= 224 and <= 239, ..] => "it is a multicast address",
        [>= 240, ..] => "it is a reserved or broadcast address (240.0.0.0/4)",
        _ => null,
    };

    private static string? WhyRefusedV6(byte[] b)
    {
        if (b.All(x => x == 0)) return "it is the unspecified address (::)";
        if (b[..12].All(x => x == 0)) return "it is an IPv4-compatible address (::/96), which embeds an IPv4 address";
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b) return "it is a NAT64 address (64:ff9b::/96 or 64:ff9b:1::/48), which reaches an embedded IPv4 address";
        if (b[0] == 0x01 && b[1] == 0x00 && b[2..8].All(x => x == 0)) return "it is a discard-only address (100::/64)";
        if (b[0] == 0xff) return "it is a multicast address";
        if ((b[0] & 0xfe) == 0xfc) return "it is a private address (fc00::/7)";
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return "it is a link-local address (fe80::/10)";
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return "it is a site-local address (fec0::/10)";
        if ((b[0] & 0xe0) != 0x20) return "it is outside IPv6 global unicast (2000::/3)";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00) return "it is a Teredo address (2001::/32), which reaches an embedded IPv4 address";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0d && b[3] == 0xb8) return "it is a documentation address (2001:db8::/32)";
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] <= 0x01) return "it is an IETF protocol assignment (2001::/23)";
        if (b[0] == 0x20 && b[1] == 0x02) return "it is a 6to4 address (2002::/16), which reaches an embedded IPv4 address";
        if (b[0] == 0x3f && b[1] == 0xff && (b[2] & 0xf0) == 0x00) return "it is a documentation address (3fff::/20)";
        return null;
    }
}
