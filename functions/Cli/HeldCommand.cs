using System.Text.Json;
using Publishing.Approval;
using Publishing.Reports;
using Publishing.Summaries.Issuing;

namespace Publishing.Cli;

/// <summary>
/// <c>publishing held list [--all] | show ID | approve ID [--note TEXT] | reject ID [--note TEXT]</c>: report documents
/// held for a person instead of published (doubtful provenance, or changed grades), with why and what they change.
/// Approving records the document as the report's next revision and composes its summary.
/// </summary>
internal static class HeldCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0) return Usage("name a subcommand.");
        CommandArguments arguments;
        try { arguments = new CommandArguments(args[1..], new HashSet<string> { "--all" }); }
        catch (ArgumentException e) { return Usage(e.Message); }
        var storage = CliStorage.Resolve(arguments);
        if (storage is null) return Usage(CliStorage.Missing);
        await storage.Container(storage.Names.State).CreateIfNotExistsAsync();
        var held = new HeldDocumentStore(storage);

        switch (args[0])
        {
            case "list":
                foreach (var document in await held.ListAsync(arguments.Has("--all"), CancellationToken.None))
                    Console.Out.WriteLine(JsonSerializer.Serialize(HeldSummary.Of(document), JsonOutput.Compact));
                return 0;
            case "show":
                if (arguments.Positional.Count != 1) return Usage("show needs the held document's id.");
                if (await held.GetAsync(arguments.Positional[0], CancellationToken.None) is not { } shown) return NoSuch(arguments.Positional[0]);
                Console.Out.WriteLine(JsonSerializer.Serialize(shown, JsonOutput.Indented));
                return 0;
            case "approve" or "reject":
                if (arguments.Positional.Count != 1) return Usage($"{args[0]} needs the held document's id.");
                var decisions = new ApprovalDecisions(held, new ReportRecordStore(storage), new ComposeQueue(storage, TimeProvider.System), TimeProvider.System);
                var by = $"{Environment.UserName} (command line)";
                var id = arguments.Positional[0];
                var result = args[0] == "approve"
                    ? await decisions.ApproveAsync(id, by, arguments.Get("--note"), CancellationToken.None)
                    : await decisions.RejectAsync(id, by, arguments.Get("--note"), CancellationToken.None);
                if (result.Problem is { } problem) { Console.Error.WriteLine(problem); return 1; }
                Console.Out.WriteLine(result.Revision is { } revision
                    ? $"Approved {id}: recorded {result.Document!.ReportId} revision {revision}; its summary is being composed."
                    : $"Rejected {id}: {result.Document!.ReportId} stays as published.");
                return 0;
            default:
                return Usage($"unknown subcommand '{args[0]}'.");
        }
    }

    private static int NoSuch(string id)
    {
        Console.Error.WriteLine($"No held document '{id}'.");
        return 1;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"publishing held: {problem}");
        Console.Error.WriteLine("usage: publishing held list [--all] | show <id> | approve <id> [--note <text>] | reject <id> [--note <text>]  [--storage <connection string>]");
        return 2;
    }
}
