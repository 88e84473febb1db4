using Publishing.Storage;

namespace Publishing.Approval;

/// <summary>Held documents as JSON blobs in the state container (<c>held/{id}.json</c>), kept after a decision as its record.</summary>
public sealed class HeldDocumentStore(PublishingStorage storage)
{
    private readonly JsonBlobs _held = new(storage.Container(storage.Names.State), "held/");

    /// <summary>Holds a document; false if it is held (or was decided) already.</summary>
    public Task<bool> TryAddAsync(HeldDocument document, CancellationToken cancellationToken) =>
        _held.TryCreateAsync(document.Id + ".json", document, cancellationToken);

    public Task SaveAsync(HeldDocument document, CancellationToken cancellationToken) =>
        _held.PutAsync(document.Id + ".json", document, cancellationToken);

    public Task<HeldDocument?> GetAsync(string id, CancellationToken cancellationToken) =>
        IsId(id) ? _held.GetAsync<HeldDocument>(id + ".json", cancellationToken) : Task.FromResult<HeldDocument?>(null);

    public async Task<IReadOnlyList<HeldDocument>> ListAsync(bool includeDecided, CancellationToken cancellationToken) =>
        (await _held.ListAsync<HeldDocument>(cancellationToken)).Where(d => includeDecided || d.Status == HeldStatus.Held).OrderBy(d => d.HeldAt).ToList();

    private static bool IsId(string id) => id.Length is > 0 and <= 200 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
