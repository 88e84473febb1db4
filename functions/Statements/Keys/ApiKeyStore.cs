using System.Collections.Concurrent;
using Publishing.Storage;

namespace Publishing.Statements.Keys;

/// <summary>
/// Issues, lists, revokes and checks API keys, one small JSON blob each in the state container (<c>keys/{keyId}.json</c>). Checked keys are cached for
/// <see cref="CacheFor"/> so intake does not read the table on every request; a revocation therefore takes effect
/// within that time on other instances (immediately on the instance that revoked it).
/// </summary>
public sealed class ApiKeyStore(PublishingStorage storage, TimeProvider time)
{
    private readonly JsonBlobs _keys = new(storage.Container(storage.Names.State), "keys/");
    private readonly ConcurrentDictionary<string, (ApiKeyRecord? Record, DateTimeOffset Until)> _cache = new();

    public TimeSpan CacheFor { get; init; } = TimeSpan.FromSeconds(30);

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
        _cache.TryRemove(keyId, out _);
        return true;
    }

    /// <summary>The body a presented key speaks for, or null if the key is malformed, unknown or revoked.</summary>
    public async Task<SubmittingBody?> AuthenticateAsync(string? presented, CancellationToken cancellationToken = default) =>
        (await AuthenticateRecordAsync(presented, cancellationToken))?.Body;

    /// <summary>The record of a presented key that is well-formed, known, unrevoked and matches; else null.</summary>
    public async Task<ApiKeyRecord?> AuthenticateRecordAsync(string? presented, CancellationToken cancellationToken = default)
    {
        if (!ApiKeySecret.TryParse(presented, out var key)) return null;
        var record = await CachedAsync(key.KeyId, cancellationToken);
        return record is null || record.IsRevoked || !key.Matches(record) ? null : record;
    }

    private async Task<ApiKeyRecord?> CachedAsync(string keyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(keyId, out var cached) && cached.Until > now) return cached.Record;
        var record = await FindAsync(keyId, cancellationToken);
        _cache[keyId] = (record, now + CacheFor);
        return record;
    }

    private async Task<ApiKeyRecord?> FindAsync(string keyId, CancellationToken cancellationToken)
    {
        if (keyId.Length > 40 || !keyId.All(char.IsAsciiLetterOrDigit)) return null;
        return await _keys.GetAsync<ApiKeyRecord>(keyId + ".json", cancellationToken);
    }

}
