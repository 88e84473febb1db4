using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Publishing.Distribution.Webhooks;

/// <summary>
/// Standard Webhooks signatures: <c>v1,</c> + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")), where the key is
/// the base64-decoded part of the <c>whsec_</c> secret (<see cref="Subscriptions.WebhookSecret.ToKey"/>).
/// </summary>
public static class WebhookSigner
{
    public const string VersionPrefix = "v1,";

    public static string Sign(ReadOnlySpan<byte> key, string messageId, long unixSeconds, ReadOnlySpan<byte> body) =>
        VersionPrefix + Convert.ToBase64String(Mac(key, messageId, unixSeconds, body));

    internal static byte[] Mac(ReadOnlySpan<byte> key, string messageId, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes($"{messageId}.{unixSeconds.ToString(CultureInfo.InvariantCulture)}.");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return HMACSHA256.HashData(key, signed);
    }
}
