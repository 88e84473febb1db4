namespace Publishing.Statements.Keys;

/// <summary>
/// What is stored for an issued API key: the body it speaks for and a salted hash of its secret, never the secret.
/// <see cref="MayApprove"/> keys (a newsroom's editors) may also decide on held report documents.
/// </summary>
public sealed record ApiKeyRecord(
    string KeyId,
    SubmittingBody Body,
    byte[] Salt,
    byte[] Hash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RevokedAt,
    bool MayApprove = false)
{
    public bool IsRevoked => RevokedAt is not null;
}
