using System.Collections.Concurrent;

namespace Publishing.Distribution.Webhooks;

public sealed class InMemoryDeliveryStore : IDeliveryStore
{
    private readonly ConcurrentDictionary<string, DeliveryRecord> _records = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<DeadLetterRecord> _deadLetters = new();

    public IReadOnlyCollection<DeadLetterRecord> DeadLetters => _deadLetters.ToArray();

    public Task<DeliveryRecord?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_records.GetValueOrDefault(key));

    public Task SaveAsync(DeliveryRecord record, CancellationToken cancellationToken)
    {
        _records[record.Key] = record;
        return Task.CompletedTask;
    }

    public Task AddDeadLetterAsync(DeadLetterRecord record, CancellationToken cancellationToken)
    {
        _deadLetters.Enqueue(record);
        return Task.CompletedTask;
    }
}
