using System.Text.Json;
using Publishing.Hosting.Queues;
using Publishing.Storage;

namespace Publishing.Cli;

/// <summary>
/// <c>publishing poison list | replay [--queue name] [--id message id]</c>: inspects the poison queues (each message
/// with why it failed) and puts messages back on their queue to run again.
/// </summary>
internal static class PoisonCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("list" or "replay")) return Usage("name a subcommand: list or replay.");
        CommandArguments arguments;
        try { arguments = new CommandArguments(args[1..], new HashSet<string>()); }
        catch (ArgumentException e) { return Usage(e.Message); }
        var storage = CliStorage.Resolve(arguments);
        if (storage is null) return Usage(CliStorage.Missing);

        var queues = arguments.Get("--queue") is { } one ? [storage.Names.Queues.FirstOrDefault(q => q == one || q.EndsWith(one, StringComparison.Ordinal)) ?? one] : storage.Names.Queues;
        var count = 0;
        foreach (var queue in queues)
        {
            var poison = storage.Queue(StorageNames.PoisonQueueOf(queue));
            if (!(await poison.ExistsAsync()).Value) continue;
            if (args[0] == "list")
            {
                foreach (var message in (await poison.PeekMessagesAsync(32)).Value)
                {
                    var envelope = PoisonEnvelope.Read(queue, message.Body.ToString(), message.InsertedOn);
                    Console.Out.WriteLine(JsonSerializer.Serialize(new PoisonListLine(message.MessageId, envelope.Queue, envelope.Reason, envelope.DequeueCount, envelope.FailedAt, envelope.Message), JsonOutput.Compact));
                    count++;
                }
                continue;
            }
            while ((await poison.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(1))).Value is { Length: > 0 } batch)
            {
                foreach (var message in batch)
                {
                    if (arguments.Get("--id") is { } wanted && wanted != message.MessageId) continue;
                    var envelope = PoisonEnvelope.Read(queue, message.Body.ToString(), message.InsertedOn);
                    await storage.Queue(queue).SendMessageAsync(envelope.Message);
                    await poison.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                    Console.Out.WriteLine($"replayed {message.MessageId} onto {queue}");
                    count++;
                }
                if (arguments.Has("--id")) break;
            }
        }
        Console.Error.WriteLine(args[0] == "list" ? $"{count} poison message(s)" : $"{count} message(s) replayed");
        return 0;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"publishing poison: {problem}");
        Console.Error.WriteLine("usage: publishing poison list | replay [--queue compose-summary] [--id <message id>] [--storage <connection string>]");
        return 2;
    }
}
