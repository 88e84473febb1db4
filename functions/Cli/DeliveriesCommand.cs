using System.Text.Json;
using Publishing.Distribution.Steps;
using Publishing.Distribution.Stored;

namespace Publishing.Cli;

/// <summary>
/// <c>publishing deliveries dead-letters | redeliver (--all | --id webhook-id)</c>: webhook pushes that ran out of
/// attempts, with every attempt's outcome, and sending them again from the first attempt.
/// </summary>
internal static class DeliveriesCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("dead-letters" or "redeliver")) return Usage("name a subcommand: dead-letters or redeliver.");
        CommandArguments arguments;
        try { arguments = new CommandArguments(args[1..], new HashSet<string> { "--all" }); }
        catch (ArgumentException e) { return Usage(e.Message); }
        var storage = CliStorage.Resolve(arguments);
        if (storage is null) return Usage(CliStorage.Missing);
        var store = new BlobDeliveryStore(storage);
        var deadLetters = await store.ListDeadLettersAsync(CancellationToken.None);

        if (args[0] == "dead-letters")
        {
            foreach (var record in deadLetters) Console.Out.WriteLine(JsonSerializer.Serialize(record, JsonOutput.Compact));
            Console.Error.WriteLine($"{deadLetters.Count} dead-lettered deliveries");
            return 0;
        }
        var wanted = arguments.Get("--id");
        if (wanted is null && !arguments.Has("--all")) return Usage("redeliver needs --all or --id <webhook-id>.");
        var queue = new WebhookDeliveryQueue(storage);
        var count = 0;
        foreach (var record in deadLetters.Where(d => wanted is null || d.Delivery.MessageId == wanted))
        {
            await store.ResetAsync(record.Delivery.Key, CancellationToken.None);
            await queue.SendAsync(record.Delivery, 1, null, CancellationToken.None);
            Console.Out.WriteLine($"redelivering {record.Delivery.MessageId} ({record.Delivery.EntryId} v{record.Delivery.Version} to {record.Delivery.SubscriptionId})");
            count++;
        }
        Console.Error.WriteLine($"{count} delivery(ies) queued again");
        return wanted is not null && count == 0 ? 1 : 0;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"publishing deliveries: {problem}");
        Console.Error.WriteLine("usage: publishing deliveries dead-letters | redeliver (--all | --id <webhook-id>) [--storage <connection string>]");
        return 2;
    }
}
