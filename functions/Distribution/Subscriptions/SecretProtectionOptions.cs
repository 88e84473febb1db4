namespace Publishing.Distribution.Subscriptions;

/// <summary>
/// Bind from configuration <c>Distribution:SecretProtectionKey</c> (base64 of 32 bytes; in Azure, a Key Vault
/// reference in app settings). Never commit a key.
/// </summary>
public sealed class SecretProtectionOptions
{
    public string? SecretProtectionKey { get; set; }
}
