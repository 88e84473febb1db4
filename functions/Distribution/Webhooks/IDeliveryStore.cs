namespace Publishing.Distribution.Webhooks;

/// <summary>Where delivery state lives (Table storage in the host; <see cref="InMemoryDeliveryStore"/> in tests).</summary>
public interface IDeliveryStore
{
    Task<DeliveryRecord?> GetAsync(string key, CancellationToken cancellationToken);
    Task SaveAsync(DeliveryRecord record, CancellationToken cancellationToken);
    Task AddDeadLetterAsync(DeadLetterRecord record, CancellationToken cancellationToken);
}
