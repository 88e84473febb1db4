using System.Security.Cryptography;

namespace Publishing.Distribution.Subscriptions;

/// <summary>Standard Webhooks secrets: <c>whsec_</c> + base64 of 32 random bytes; the signing key is the decoded bytes.</summary>
public static class WebhookSecret
{
    public const string Prefix = "whsec_";

    public static string Generate() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public static byte[] ToKey(string secret)
    {
        var encoded = secret.StartsWith(Prefix, StringComparison.Ordinal) ? secret[Prefix.Length..] : secret;
        var key = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, key, out var length))
            throw new FormatException("The webhook secret is not whsec_ followed by base64.");
        if (length < 24) throw new FormatException($"The webhook secret's key is {length} bytes; at least 24 are needed.");
        return key[..length];
    }
}
