using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Publishing.Distribution.Subscriptions;

namespace Publishing.Distribution.Webhooks;

/// <summary>
/// For subscribers: checks a delivery the way Standard Webhooks prescribes.
/// <code>
/// var receiver = new WebhookReceiver(secretFromCreation, TimeProvider.System);
/// var check = receiver.Verify(request.Headers, rawBodyBytes);   // the raw bytes, before any JSON parsing
/// if (!check.IsAuthentic) return Results.Unauthorized();        // forged, tampered, stale or malformed
/// if (check.IsValid) Process(body);                             // Duplicate: already processed, just acknowledge
/// return Results.NoContent();
/// </code>
/// Signatures are compared in constant time; timestamps more than <see cref="WebhookReceiverOptions.Tolerance"/>
/// (5 minutes) from the receiver's clock are refused; a webhook-id already accepted is reported as
/// <see cref="WebhookVerificationStatus.Duplicate"/>, so a captured message cannot be replayed into processing.
/// The sender keeps one webhook-id across its retries of a delivery, so Duplicate is also how retries dedupe.
/// </summary>
public sealed class WebhookReceiver
{
    private readonly byte[] _key;
    private readonly TimeProvider _time;
    private readonly WebhookReceiverOptions _options;
    private readonly IWebhookReplayCache _replays;

    public WebhookReceiver(string secret, TimeProvider time, WebhookReceiverOptions? options = null, IWebhookReplayCache? replays = null)
    {
        _key = WebhookSecret.ToKey(secret);
        _time = time;
        _options = options ?? new WebhookReceiverOptions();
        _replays = replays ?? new InMemoryWebhookReplayCache(time);
    }

    public WebhookVerification Verify(IEnumerable<KeyValuePair<string, string>> headers, string body)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers) map.TryAdd(name, value);
        return Verify(name => map.GetValueOrDefault(name), Encoding.UTF8.GetBytes(body));
    }

    public WebhookVerification Verify(IHeaderDictionary headers, ReadOnlySpan<byte> body) =>
        Verify(name => headers.TryGetValue(name, out var v) ? v.ToString() : null, body);

    private WebhookVerification Verify(Func<string, string?> header, ReadOnlySpan<byte> body)
    {
        var id = header(WebhookHeaders.Id);
        var timestampText = header(WebhookHeaders.Timestamp);
        var signatures = header(WebhookHeaders.Signature);
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(timestampText) || string.IsNullOrEmpty(signatures))
            return new(WebhookVerificationStatus.MissingHeaders, id, "webhook-id, webhook-timestamp and webhook-signature are all required.");
        if (!long.TryParse(timestampText, NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
            return new(WebhookVerificationStatus.MalformedTimestamp, id, "webhook-timestamp is not whole Unix seconds.");

        var now = _time.GetUtcNow();
        var sent = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(timestamp, 0, 253402300799));
        if ((now - sent).Duration() > _options.Tolerance)
            return new(WebhookVerificationStatus.TimestampOutsideTolerance, id,
                $"webhook-timestamp is {(int)(now - sent).TotalSeconds} s from this receiver's clock; at most {(int)_options.Tolerance.TotalSeconds} s is accepted.");

        var expected = WebhookSigner.Mac(_key, id, timestamp, body);
        if (!AnySignatureMatches(signatures, expected))
            return new(WebhookVerificationStatus.BadSignature, id, "No v1 signature matches the body under this secret.");

        return _replays.TryRecord(id, sent + _options.Tolerance)
            ? new(WebhookVerificationStatus.Valid, id, "Valid.")
            : new(WebhookVerificationStatus.Duplicate, id, "This webhook-id was already accepted.");
    }

    // The header may carry several space-separated signatures (e.g. during secret rotation); each is checked.
    private static bool AnySignatureMatches(string signatures, byte[] expected)
    {
        var matched = false;
        Span<byte> candidate = stackalloc byte[64];
        foreach (var part in signatures.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!part.StartsWith(WebhookSigner.VersionPrefix, StringComparison.Ordinal)) continue;
            if (!Convert.TryFromBase64String(part[WebhookSigner.VersionPrefix.Length..], candidate, out var length)) continue;
            matched |= length == expected.Length && CryptographicOperations.FixedTimeEquals(candidate[..length], expected);
        }
        return matched;
    }
}
