namespace Publishing.Distribution.Webhooks;

public enum WebhookVerificationStatus
{
    /// <summary>Signed by the shared secret, fresh, first time seen: process it.</summary>
    Valid,
    /// <summary>Genuine but already seen (a retry or a replay): answer 2xx and do not process it again.</summary>
    Duplicate,
    MissingHeaders,
    MalformedTimestamp,
    TimestampOutsideTolerance,
    BadSignature,
}
