using System.Security.Cryptography;

namespace Publishing.Statements.Keys;

/// <summary>
/// The key a body presents: <c>pk_{keyId}_{secret}</c>. The key id finds the stored record; the secret is checked
/// against its salted hash. Keys are 256-bit random, so one HMAC-SHA256 round is enough (no slow KDF needed, and
/// intake stays fast).
/// </summary>
public sealed record ApiKeySecret(string KeyId, string Secret)
{
    private const string Prefix = "pk_";

    public override string ToString() => $"{Prefix}{KeyId}_{Secret}";

    public static ApiKeySecret Generate() =>
        new(Base64Url(RandomNumberGenerator.GetBytes(9)).Replace('_', 'x').Replace('-', 'y'), Base64Url(RandomNumberGenerator.GetBytes(32)));

    public static bool TryParse(string? presented, out ApiKeySecret key)
    {
        key = default!;
        if (string.IsNullOrEmpty(presented) || !presented.StartsWith(Prefix, StringComparison.Ordinal) || presented.Length > 200) return false;
        var rest = presented[Prefix.Length..];
        var split = rest.IndexOf('_');
        if (split <= 0 || split == rest.Length - 1) return false;
        key = new ApiKeySecret(rest[..split], rest[(split + 1)..]);
        return true;
    }

    public static byte[] NewSalt() => RandomNumberGenerator.GetBytes(16);

    public static byte[] Hash(string secret, byte[] salt) =>
        HMACSHA256.HashData(salt, System.Text.Encoding.UTF8.GetBytes(secret));

    public bool Matches(ApiKeyRecord record) =>
        CryptographicOperations.FixedTimeEquals(Hash(Secret, record.Salt), record.Hash);

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
