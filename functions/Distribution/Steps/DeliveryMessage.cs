using System.Text.Json;
using Publishing.Cli;
using Publishing.Distribution.Webhooks;

namespace Publishing.Distribution.Steps;

/// <summary>The deliver-webhook queue message: one delivery and which attempt this is.</summary>
public sealed record DeliveryMessage(WebhookDelivery Delivery, int Attempt)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonOutput.Compact);

    public static DeliveryMessage Parse(string message) =>
        JsonSerializer.Deserialize<DeliveryMessage>(message, JsonOutput.Compact) is { Delivery: not null, Attempt: > 0 } parsed
            ? parsed
            : throw new InvalidDataException("Not a delivery message.");
}
