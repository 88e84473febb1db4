namespace Publishing.Statements.Keys;

/// <summary>
/// What is stored for an issued API key: the body it speaks for and a salted hash of its secret, never the secret.
/// </summary>
public sealed record ApiKeyRecord(
    string KeyId,
    SubmittingBody Body,
    byte[] Salt,
    byte[] Hash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt)
{
    public bool IsRevoked => RevokedAt is not null;
}
