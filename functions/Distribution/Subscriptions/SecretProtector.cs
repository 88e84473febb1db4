using System.Security.Cryptography;
using System.Text;

namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// Seals webhook secrets at rest with AES-256-GCM under the application key. The subscription id is bound in as
/// associated data, so a sealed secret copied onto another subscription does not open. Format:
/// <c>v1.</c> + base64(nonce[12] | tag[16] | ciphertext).
/// </summary>
public sealed class SecretProtector
{
    private const string Version = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key;

    public SecretProtector(SecretProtectionOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.SecretProtectionKey))
            throw new InvalidOperationException("Distribution:SecretProtectionKey is not configured (base64 of 32 random bytes).");
        try
        {
            _key = Convert.FromBase64String(options.SecretProtectionKey);
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException("Distribution:SecretProtectionKey is not base64.", e);
        }
        if (_key.Length != 32) throw new InvalidOperationException($"Distribution:SecretProtectionKey must be 32 bytes; it is {_key.Length}.");
    }

    public string Protect(string secret, string subscriptionId)
    {
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), Encoding.UTF8.GetBytes(subscriptionId));
        return Version + Convert.ToBase64String(sealedBytes);
    }

    public string Unprotect(string protectedSecret, string subscriptionId)
    {
        if (!protectedSecret.StartsWith(Version, StringComparison.Ordinal)) throw new CryptographicException("Unknown protected secret format.");
        var sealedBytes = Convert.FromBase64String(protectedSecret[Version.Length..]);
        if (sealedBytes.Length < NonceSize + TagSize) throw new CryptographicException("Protected secret is truncated.");
        var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, Encoding.UTF8.GetBytes(subscriptionId));
        return Encoding.UTF8.GetString(plain);
    }
}
