namespace Publishing.Distribution.Webhooks;

public enum AttemptOutcome
{
    Accepted,
    Rejected,
    Gone,
    Timeout,
    TransportError,
    CircuitOpen,
}
