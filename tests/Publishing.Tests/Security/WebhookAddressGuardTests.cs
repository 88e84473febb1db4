using System.Net;
using System.Net.Sockets;
using Publishing.Distribution.Subscriptions;
using Publishing.Distribution.Webhooks;

namespace Publishing.Tests.Security;

/// <summary>
/// Issue 17 item 7: the guard accepted IPv6 zone ids (<c>https://[::1%251]:9443/</c> connected to loopback), NAT64,
/// 6to4 and IPv4-compatible forms. Every IANA special-purpose block is refused, zone ids stripped, and the address
/// actually connected to is checked.
/// </summary>
public sealed class WebhookAddressGuardTests
{
    [Theory]
    [InlineData("::1%1", "loopback")]
    [InlineData("fe80::1%2", "link-local")]
    [InlineData("::127.0.0.1", "IPv4-compatible")]
    [InlineData("::a9fe:a9fe", "IPv4-compatible")]
    [InlineData("64:ff9b::7f00:1", "NAT64")]
    [InlineData("64:ff9b::a9fe:a9fe", "NAT64")]
    [InlineData("64:ff9b:1::a00:1", "NAT64")]
    [InlineData("2002:7f00:1::1", "6to4")]
    [InlineData("2002:a9fe:a9fe::", "6to4")]
    [InlineData("2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo")]
    [InlineData("2001:db8::1", "documentation")]
    [InlineData("2001:2::1", "IETF protocol assignment")]
    [InlineData("3fff::1", "documentation")]
    [InlineData("100::1", "discard-only")]
    [InlineData("5f00::1", "outside IPv6 global unicast")]
    [InlineData("::ffff:10.0.0.1", "IPv4-mapped form of a private")]
    [InlineData("::ffff:127.0.0.1", "loopback")]
    [InlineData("192.0.2.10", "documentation")]
    [InlineData("198.51.100.7", "documentation")]
    [InlineData("203.0.113.9", "documentation")]
    [InlineData("192.88.99.1", "6to4 relay")]
    [InlineData("192.31.196.1", "AS112")]
    [InlineData("192.52.193.1", "AMT")]
    [InlineData("192.175.48.1", "AS112")]
    [InlineData("255.255.255.255", "broadcast")]
    [InlineData("127.1.2.3", "loopback")]
    public void SpecialPurposeAddress_IsRefused(string literal, string why)
    {
        var refused = AddressRules.WhyRefused(IPAddress.Parse(literal), allowLoopback: false);
        Assert.NotNull(refused);
        Assert.Contains(why, refused);
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("2606:2800:21f:cb07:6820:80da:af6b:8b2c")]
    [InlineData("2a00:1450:4009:81f::200e")]
    public void PublicUnicast_IsAllowed(string literal) =>
        Assert.Null(AddressRules.WhyRefused(IPAddress.Parse(literal), allowLoopback: false));

    [Theory]
    [InlineData("https://[::1%251]:9443/")]
    [InlineData("https://[64:ff9b::7f00:1]/hook")]
    [InlineData("https://[2002:7f00:1::1]/hook")]
    [InlineData("https://[::127.0.0.1]/hook")]
    public void SubscriptionUrl_WithSuchAnAddress_IsRefused(string url)
    {
        var check = new WebhookUrlValidator(new WebhookUrlOptions { AllowLoopbackHttp = false }).Validate(url);
        Assert.False(check.IsValid, $"{url} was accepted");
    }

    [SkippableFact]
    public async Task LoopbackWithAZoneId_IsNotConnectedTo_WhenTheSenderRunsWithoutLoopback()
    {
        using var listener = new TcpListener(IPAddress.IPv6Loopback, 0);
        try { listener.Start(); }
        catch (SocketException e) { Skip.If(true, $"no IPv6 loopback here: {e.SocketErrorCode}"); }
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var accepted = listener.AcceptTcpClientAsync();

        using var client = GuardedConnect.CreateClient(new WebhookUrlOptions { AllowLoopbackHttp = false });
        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync($"http://[::1%251]:{port}/hook", new StringContent("{}")));

        Assert.Contains("Refused to connect", failure.ToString());
        await Task.Delay(300);
        Assert.False(accepted.IsCompleted, "the guard let a connection reach the loopback listener");
    }
}
