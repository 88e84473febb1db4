using Publishing.Hosting.Caching;
using Publishing.Storage;

namespace Publishing.Statements.Keys;

/// <summary>
/// Issues, lists, revokes and checks API keys, one small JSON blob each in the state container (<c>keys/{keyId}.json</c>). Checked keys are cached for
/// <see cref="CacheFor"/> so intake does not read the table on every request; a revocation therefore takes effect
/// within that time on other instances (immediately on the instance that revoked it). The cache holds at most
/// <see cref="MaxCachedKeys"/> key ids (least recently used go first), and only ids of a key's shape: presenting
/// random keys needs no key and must not grow memory.
/// </summary>
public sealed class ApiKeyStore(PublishingStorage storage, TimeProvider time)
{
    private readonly JsonBlobs _keys = new(storage.Container(storage.Names.State), "keys/");
    private BoundedCache<string, (ApiKeyRecord? Record, DateTimeOffset Until)>? _cache;

    public TimeSpan CacheFor { get; init; } = TimeSpan.FromSeconds(30);

    public int MaxCachedKeys { get; init; } = 10_000;

    internal int CachedKeyCount => Cache.Count;

    private BoundedCache<string, (ApiKeyRecord? Record, DateTimeOffset Until)> Cache =>
        LazyInitializer.EnsureInitialized(ref _cache, () => new(MaxCachedKeys, comparer: StringComparer.Ordinal));

    /// <summary>Issues a key for a body. The returned secret is shown once; only its salted hash is stored.</summary>
    public async Task<(ApiKeySecret Secret, ApiKeyRecord Record)> IssueAsync(SubmittingBody body, CancellationToken cancellationToken = default, bool mayApprove = false)
    {
        if (BodyNames.WhyRefused(body.Name) is { } refused) throw new ArgumentException($"Cannot issue a key for this body: {refused}.", nameof(body));
        var secret = ApiKeySecret.Generate();
        var salt = ApiKeySecret.NewSalt();
        var record = new ApiKeyRecord(secret.KeyId, body, salt, ApiKeySecret.Hash(secret.Secret, salt), time.GetUtcNow(), null, mayApprove);
        if (!await _keys.TryCreateAsync(record.KeyId + ".json", record, cancellationToken))
            throw new InvalidOperationException("A generated key id collided with an existing one; issue again.");
        return (secret, record);
    }

    public async Task<IReadOnlyList<ApiKeyRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var records = await _keys.ListAsync<ApiKeyRecord>(cancellationToken);
        return records.OrderBy(r => r.CreatedAt).ToList();
    }

    /// <summary>Revokes a key; false if there is no such key.</summary>
    public async Task<bool> RevokeAsync(string keyId, CancellationToken cancellationToken = default)
    {
        var record = await FindAsync(keyId, cancellationToken);
        if (record is null) return false;
        if (!record.IsRevoked)
        {
            var revoked = record with { RevokedAt = time.GetUtcNow() };
            await _keys.PutAsync(keyId + ".json", revoked, cancellationToken);
        }
        Cache.Remove(keyId);
        return true;
    }

    /// <summary>The body a presented key speaks for, or null if the key is malformed, unknown or revoked.</summary>
    public async Task<SubmittingBody?> AuthenticateAsync(string? presented, CancellationToken cancellationToken = default) =>
        (await AuthenticateRecordAsync(presented, cancellationToken))?.Body;

    /// <summary>The record of a presented key that is well-formed, known, unrevoked and matches; else null.</summary>
    public async Task<ApiKeyRecord?> AuthenticateRecordAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (!ApiKeySecret.TryParse(presented, out var key) || !IsKeyIdShape(key.KeyId)) return null;
        var record = await CachedAsync(key.KeyId, cancellationToken);
        return record is null || record.IsRevoked || !key.Matches(record) ? null : record;
    }

    private async Task<ApiKeyRecord?> CachedAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (Cache.TryGet(keyId, out var cached) && cached.Until > now) return cached.Record;
        var record = await FindAsync(keyId, cancellationToken);
        Cache.Set(keyId, (record, now + CacheFor));
        return record;
    }

    private async Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        if (!IsKeyIdShape(keyId)) return null;
        return await _keys.GetAsync<ApiKeyRecord>(keyId + ".json", cancellationToken);
    }

    private static bool IsKeyIdShape(string keyId) => keyId.Length is > 0 and <= 40 && keyId.All(char.IsAsciiLetterOrDigit);
}
