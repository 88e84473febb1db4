namespace Publishing.Hosting.Caching;

/// <summary>
/// A process-lifetime cache with a ceiling on entries and on their total size: adding past either evicts the least
/// recently used entries first, so no sequence of keys (distinct paths, random API keys) can grow it without bound.
/// Thread-safe; one lock, since every operation is a few pointer moves.
/// </summary>
public sealed class BoundedCache<TKey, TValue> where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<Slot>> _index;
    private readonly LinkedList<Slot> _recency = new(); // most recently used first
    private readonly Func<TValue, long> _sizeOf;
    private readonly Lock _lock = new();
    private long _size;

    private sealed record Slot(TKey Key, TValue Value, long Size);

    /// <param name="maxEntries">At most this many entries.</param>
    /// <param name="maxSize">At most this total of <paramref name="sizeOf"/> (an entry larger than this is not kept).</param>
    /// <param name="sizeOf">An entry's size (bytes, or any unit <paramref name="maxSize"/> is in); each entry counts 1 without it.</param>
    public BoundedCache(int maxEntries, long maxSize = long.MaxValue, Func<TValue, long>? sizeOf = null, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEntries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSize, 1);
        MaxEntries = maxEntries;
        MaxSize = maxSize;
        _sizeOf = sizeOf ?? (_ => 1);
        _index = new Dictionary<TKey, LinkedListNode<Slot>>(comparer);
    }

    public int MaxEntries { get; }
    public long MaxSize { get; }

    public int Count { get { lock (_lock) return _index.Count; } }
    public long Size { get { lock (_lock) return _size; } }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_lock)
        {
            if (_index.TryGetValue(key, out var node))
            {
                _recency.Remove(node);
                _recency.AddFirst(node);
                value = node.Value.Value;
                return true;
            }
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        var size = Math.Max(0, _sizeOf(value));
        lock (_lock)
        {
            RemoveLocked(key);
            if (size > MaxSize) return;
            _index[key] = _recency.AddFirst(new Slot(key, value, size));
            _size += size;
            while (_index.Count > MaxEntries || _size > MaxSize) RemoveLocked(_recency.Last!.Value.Key);
        }
    }

    public bool Remove(TKey key)
    {
        lock (_lock) return RemoveLocked(key);
    }

    private bool RemoveLocked(TKey key)
    {
        if (!_index.Remove(key, out var node)) return false;
        _recency.Remove(node);
        _size -= node.Value.Size;
        return true;
    }
}
