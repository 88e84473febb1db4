using System.Security.Cryptography;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Tests.Distribution.Subscriptions;

public class SecretProtectorTests
{
    private static SecretProtector NewProtector() =>
        new(new SecretProtectionOptions { SecretProtectionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) });

    [Fact]
    public void Protect_ThenUnprotect_GivesTheSecretBackAndHidesIt()
    {
        var protector = NewProtector();
        var secret = WebhookSecret.Generate();

        var sealedSecret = protector.Protect(secret, "sub_1");

        Assert.DoesNotContain(secret["whsec_".Length..], sealedSecret);
        Assert.NotEqual(sealedSecret, protector.Protect(secret, "sub_1"));
        Assert.Equal(secret, protector.Unprotect(sealedSecret, "sub_1"));
    }

    [Fact]
    public void Unprotect_OtherSubscriptionTamperedOrOtherKey_Throws()
    {
        var protector = NewProtector();
        var sealedSecret = protector.Protect(WebhookSecret.Generate(), "sub_1");
        var bytes = Convert.FromBase64String(sealedSecret[3..]);
        bytes[^1] ^= 1;
        var tampered = "v1." + Convert.ToBase64String(bytes);

        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(sealedSecret, "sub_2"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Unprotect(tampered, "sub_1"));
        Assert.ThrowsAny<CryptographicException>(() => NewProtector().Unprotect(sealedSecret, "sub_1"));
    }

    [Theory]
    [InlineData(null, "not configured")]
    [InlineData("not base64!", "not base64")]
    [InlineData("AAAA", "must be 32 bytes")]
    public void Constructor_BadKey_SaysWhatIsWrong(string? key, string message)
    {
        var e = Assert.Throws<InvalidOperationException>(() => new SecretProtector(new SecretProtectionOptions { SecretProtectionKey = key }));

        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Generate_Secret_IsWhsecPrefixedBase64Of32RandomBytes()
    {
        var secrets = Enumerable.Range(0, 20).Select(_ => WebhookSecret.Generate()).ToList();

        Assert.All(secrets, s => Assert.StartsWith("whsec_", s));
        Assert.All(secrets, s => Assert.Equal(32, WebhookSecret.ToKey(s).Length));
        Assert.Equal(20, secrets.Distinct().Count());
    }
}
