using System.Text;
using Publishing.Distribution.Subscriptions;
using Publishing.Distribution.Webhooks;

namespace Publishing.Tests.Distribution.Webhooks;

public class WebhookSignerTests
{
    [Fact]
    public void Sign_StandardWebhooksSpecExample_GivesPublishedSignature()
    {
        // The worked example in the Standard Webhooks specification.
        var key = WebhookSecret.ToKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        var signature = WebhookSigner.Sign(key, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"u8);

        Assert.Equal("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    [SkippableFact]
    public async Task Sign_RandomSecretAndUnicodeBody_ReferenceImplementationVerifiesAndRejectsTampering()
    {
        Skip.IfNot(ReferenceVerifier.Available, ReferenceVerifier.Missing);
        var secret = WebhookSecret.Generate();
        const string body = "{\"summary\":\"Cyngor Sir Ynys Môn — “good” <b>&</b> ✓\"}";
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var headers = new Dictionary<string, string>
        {
            [WebhookHeaders.Id] = "msg_unicode",
            [WebhookHeaders.Timestamp] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [WebhookHeaders.Signature] = WebhookSigner.Sign(WebhookSecret.ToKey(secret), "msg_unicode", timestamp, Encoding.UTF8.GetBytes(body)),
        };

        var genuine = await ReferenceVerifier.VerifyAsync(secret, headers, body);
        var tampered = await ReferenceVerifier.VerifyAsync(secret, headers, body.Replace("good", "bad", StringComparison.Ordinal));
        var otherSecret = await ReferenceVerifier.VerifyAsync(WebhookSecret.Generate(), headers, body);

        Assert.Equal((0, "verified"), genuine);
        Assert.Equal(1, tampered.ExitCode);
        Assert.Equal(1, otherSecret.ExitCode);
    }

    [SkippableFact]
    public async Task Verify_SignatureMadeByReferenceImplementation_IsValid()
    {
        Skip.IfNot(ReferenceVerifier.Available, ReferenceVerifier.Missing);
        var secret = WebhookSecret.Generate();
        const string body = "{\"type\":\"summary.published\",\"data\":{\"title\":\"Northmoor & <Co>\"}}";
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        var signature = await ReferenceVerifier.SignAsync(secret, "msg_from_reference", timestamp, body);
        var receiver = new WebhookReceiver(secret, TimeProvider.System);

        var check = receiver.Verify(new Dictionary<string, string>
        {
            ["Webhook-Id"] = "msg_from_reference",
            ["Webhook-Timestamp"] = timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Webhook-Signature"] = signature,
        }, body);

        Assert.Equal(WebhookVerificationStatus.Valid, check.Status);
    }
}
