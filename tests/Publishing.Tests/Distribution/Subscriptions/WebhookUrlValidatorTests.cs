using System.Net;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Tests.Distribution.Subscriptions;

public class WebhookUrlValidatorTests
{
    private static readonly WebhookUrlValidator Production = new(new WebhookUrlOptions());
    private static readonly WebhookUrlValidator Local = new(new WebhookUrlOptions { AllowLoopbackHttp = true });

    [Theory]
    [InlineData("https://hooks.union.example/ofsted")]
    [InlineData("https://hooks.union.example:8443/ofsted?key=1")]
    [InlineData("https://93.184.215.10/hook")]
    [InlineData("https://[2606:2800:21f::10]/hook")]
    public void Validate_PublicHttps_Accepted(string url) => Assert.True(Production.Validate(url).IsValid, Production.Validate(url).Reason);

    [Theory]
    [InlineData("http://hooks.union.example/ofsted", "must use https")]
    [InlineData("ftp://hooks.union.example/", "must use https, not ftp")]
    [InlineData("hooks.union.example/ofsted", "not an absolute URL")]
    [InlineData("", "empty")]
    [InlineData("https://user:pass@hooks.union.example/", "user name or password")]
    [InlineData("https://10.1.2.3/hook", "private address (10.0.0.0/8)")]
    [InlineData("https://172.20.0.1/hook", "private address (172.16.0.0/12)")]
    [InlineData("https://192.168.1.1/hook", "private address (192.168.0.0/16)")]
    [InlineData("https://169.254.169.254/latest/meta-data", "link-local")]
    [InlineData("https://100.64.0.1/hook", "carrier-grade NAT")]
    [InlineData("https://0.0.0.0/hook", "unspecified")]
    [InlineData("https://127.0.0.1/hook", "loopback")]
    [InlineData("https://[::1]/hook", "loopback")]
    [InlineData("https://[fd12:3456::1]/hook", "private address (fc00::/7)")]
    [InlineData("https://[fe80::1]/hook", "link-local")]
    [InlineData("https://[::ffff:10.0.0.1]/hook", "private address (10.0.0.0/8)")]
    [InlineData("https://localhost/hook", "internal name")]
    [InlineData("https://metadata.google.internal/hook", "internal name")]
    [InlineData("https://printer.local/hook", "internal name")]
    [InlineData("https://intranet/hook", "single-label")]
    public void Validate_InsecureOrInternal_RefusedWithReason(string url, string reason)
    {
        var check = Production.Validate(url);

        Assert.False(check.IsValid);
        Assert.Contains(reason, check.Reason);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/hook", true)]
    [InlineData("http://localhost:5000/hook", true)]
    [InlineData("http://[::1]:5000/hook", true)]
    [InlineData("http://10.0.0.5/hook", false)]
    [InlineData("http://hooks.union.example/hook", false)]
    public void Validate_LocalRunOption_AllowsOnlyLoopbackOverHttp(string url, bool accepted) =>
        Assert.Equal(accepted, Local.Validate(url).IsValid);

    [Fact]
    public async Task ValidateAsync_NameResolvingToPrivateAddress_Refused()
    {
        var validator = new WebhookUrlValidator(new WebhookUrlOptions(),
            (host, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.215.7"), IPAddress.Parse("10.0.0.9") }));

        var check = await validator.ValidateAsync("https://sneaky.union.example/hook");

        Assert.False(check.IsValid);
        Assert.Contains("resolves to 10.0.0.9", check.Reason);
    }

    [Fact]
    public async Task ValidateAsync_NameResolvingToPublicAddresses_Accepted()
    {
        var validator = new WebhookUrlValidator(new WebhookUrlOptions(),
            (host, _) => Task.FromResult(new[] { IPAddress.Parse("93.184.215.7"), IPAddress.Parse("2606:2800:21f::7") }));

        Assert.True((await validator.ValidateAsync("https://hooks.union.example/hook")).IsValid);
    }
}
