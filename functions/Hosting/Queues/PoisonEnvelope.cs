using System.Text.Json;
using Publishing.Cli;

namespace Publishing.Hosting.Queues;

/// <summary>
/// What lands in <c>{queue}-poison</c> when a step keeps failing: the original message and why. The Functions host
/// may also put raw messages there on its own; <see cref="Read"/> accepts both.
/// </summary>
public sealed record PoisonEnvelope(string Queue, string Message, string Reason, int DequeueCount, DateTimeOffset FailedAt, string? MessageId)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonOutput.Compact);

    public static PoisonEnvelope Read(string queue, string text, DateTimeOffset? insertedOn)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<PoisonEnvelope>(text, JsonOutput.Compact);
            if (envelope is { Message: not null, Reason: not null }) return envelope;
        }
        catch (JsonException)
        {
        }
        return new PoisonEnvelope(queue, text, "moved to poison by the Functions host (no reason recorded)", 0, insertedOn ?? DateTimeOffset.MinValue, null);
    }
}
