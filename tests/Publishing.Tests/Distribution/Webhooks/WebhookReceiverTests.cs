using System.Globalization;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Publishing.Distribution.Subscriptions;
using Publishing.Distribution.Webhooks;

namespace Publishing.Tests.Distribution.Webhooks;

public class WebhookReceiverTests
{
    private const string Body = "{\"type\":\"summary.published\"}";
    private readonly string _secret = WebhookSecret.Generate();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero));

    private Dictionary<string, string> Signed(string id, DateTimeOffset at, string body = Body, string? secret = null)
    {
        var timestamp = at.ToUnixTimeSeconds();
        return new Dictionary<string, string>
        {
            [WebhookHeaders.Id] = id,
            [WebhookHeaders.Timestamp] = timestamp.ToString(CultureInfo.InvariantCulture),
            [WebhookHeaders.Signature] = WebhookSigner.Sign(WebhookSecret.ToKey(secret ?? _secret), id, timestamp, Encoding.UTF8.GetBytes(body)),
        };
    }

    [Fact]
    public void Verify_FreshSignedMessage_IsValid()
    {
        var receiver = new WebhookReceiver(_secret, _time);

        Assert.Equal(WebhookVerificationStatus.Valid, receiver.Verify(Signed("msg_1", _time.GetUtcNow()), Body).Status);
    }

    [Theory]
    [InlineData(-301, WebhookVerificationStatus.TimestampOutsideTolerance)]
    [InlineData(-299, WebhookVerificationStatus.Valid)]
    [InlineData(299, WebhookVerificationStatus.Valid)]
    [InlineData(301, WebhookVerificationStatus.TimestampOutsideTolerance)]
    public void Verify_TimestampOffset_AcceptedOnlyWithinFiveMinutes(int offsetSeconds, WebhookVerificationStatus expected)
    {
        var receiver = new WebhookReceiver(_secret, _time);

        var check = receiver.Verify(Signed("msg_t", _time.GetUtcNow().AddSeconds(offsetSeconds)), Body);

        Assert.Equal(expected, check.Status);
    }

    [Fact]
    public void Verify_ReplayedMessageId_IsDuplicateNotValid()
    {
        var receiver = new WebhookReceiver(_secret, _time);
        var headers = Signed("msg_replay", _time.GetUtcNow());

        var first = receiver.Verify(headers, Body);
        _time.Advance(TimeSpan.FromMinutes(2));
        var replay = receiver.Verify(headers, Body);

        Assert.Equal(WebhookVerificationStatus.Valid, first.Status);
        Assert.Equal(WebhookVerificationStatus.Duplicate, replay.Status);
        Assert.False(replay.IsValid);
    }

    [Fact]
    public void Verify_ReplayAfterToleranceWindow_IsRefusedAsStale()
    {
        var receiver = new WebhookReceiver(_secret, _time);
        var headers = Signed("msg_late", _time.GetUtcNow());
        receiver.Verify(headers, Body);
        _time.Advance(TimeSpan.FromMinutes(6));

        Assert.Equal(WebhookVerificationStatus.TimestampOutsideTolerance, receiver.Verify(headers, Body).Status);
    }

    [Fact]
    public void Verify_ForgedOrTampered_IsBadSignatureAndNotRecorded()
    {
        var receiver = new WebhookReceiver(_secret, _time);
        var now = _time.GetUtcNow();

        var tampered = receiver.Verify(Signed("msg_x", now), Body.Replace("published", "reissued", StringComparison.Ordinal));
        var forged = receiver.Verify(Signed("msg_x", now, secret: WebhookSecret.Generate()), Body);
        var genuine = receiver.Verify(Signed("msg_x", now), Body);

        Assert.Equal(WebhookVerificationStatus.BadSignature, tampered.Status);
        Assert.Equal(WebhookVerificationStatus.BadSignature, forged.Status);
        Assert.Equal(WebhookVerificationStatus.Valid, genuine.Status);
    }

    [Fact]
    public void Verify_SeveralSignaturesOneGenuine_IsValid()
    {
        var receiver = new WebhookReceiver(_secret, _time);
        var headers = Signed("msg_rot", _time.GetUtcNow());
        headers[WebhookHeaders.Signature] = "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA= v2,zzz " + headers[WebhookHeaders.Signature];

        Assert.Equal(WebhookVerificationStatus.Valid, receiver.Verify(headers, Body).Status);
    }

    [Theory]
    [InlineData(WebhookHeaders.Id, WebhookVerificationStatus.MissingHeaders)]
    [InlineData(WebhookHeaders.Signature, WebhookVerificationStatus.MissingHeaders)]
    public void Verify_HeaderMissing_SaysSo(string missing, WebhookVerificationStatus expected)
    {
        var receiver = new WebhookReceiver(_secret, _time);
        var headers = Signed("msg_m", _time.GetUtcNow());
        headers.Remove(missing);

        Assert.Equal(expected, receiver.Verify(headers, Body).Status);
    }

    [Fact]
    public void Verify_TimestampNotANumber_IsMalformed()
    {
        var receiver = new WebhookReceiver(_secret, _time);
        var headers = Signed("msg_n", _time.GetUtcNow());
        headers[WebhookHeaders.Timestamp] = "2026-05-01T12:00:00Z";

        Assert.Equal(WebhookVerificationStatus.MalformedTimestamp, receiver.Verify(headers, Body).Status);
    }
}
