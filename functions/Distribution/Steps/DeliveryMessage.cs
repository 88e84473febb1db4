using System.Text.Json;
using Publishing.Cli;
using Publishing.Distribution.Webhooks;

namespace Publishing.Distribution.Steps;

/// <summary>
/// The deliver-webhook queue message: a webhook delivery and which attempt this is, or an email push
/// (<see cref="Email"/>) of one summary version to one subscription, or the confirmation mail of a new email
/// subscription (<see cref="Confirmation"/>).
/// </summary>
public sealed record DeliveryMessage(WebhookDelivery? Delivery, int Attempt, EmailDelivery? Email = null, EmailConfirmation? Confirmation = null)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonOutput.Compact);

    public static DeliveryMessage Parse(string message) =>
        JsonSerializer.Deserialize<DeliveryMessage>(message, JsonOutput.Compact) is { Attempt: > 0 } parsed
            && (parsed.Delivery is null ? 0 : 1) + (parsed.Email is null ? 0 : 1) + (parsed.Confirmation is null ? 0 : 1) == 1
            ? parsed
            : throw new InvalidDataException("Not a delivery message.");
}

/// <summary>One summary version owed to one subscription's email address.</summary>
public sealed record EmailDelivery(string SubscriptionId, string ReportId, int Version)
{
    public string Key => $"email|{SubscriptionId}|{ReportId}|v{Version}";
}

/// <summary>The confirmation link owed to a new email subscription's address.</summary>
public sealed record EmailConfirmation(string SubscriptionId);
