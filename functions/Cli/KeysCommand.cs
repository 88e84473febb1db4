using System.Text.Json;
using Publishing.Statements;
using Publishing.Statements.Classification;
using Publishing.Statements.Keys;

namespace Publishing.Cli;

/// <summary>
/// <c>publishing keys issue --body NAME --kind KIND | list | revoke KEYID</c>: API keys for the bodies that submit
/// statements. The key is printed once, at issue; only a salted hash is stored. Storage: --storage, else
/// AzureWebJobsStorage, else the Azurite a local <c>publishing serve</c> in this directory started.
/// </summary>
internal static class KeysCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0) return Usage("name a subcommand.");
        CommandArguments arguments;
        try { arguments = new CommandArguments(args[1..], new HashSet<string> { "--approver" }); }
        catch (ArgumentException e) { return Usage(e.Message); }

        var storage = CliStorage.Resolve(arguments);
        if (storage is null) return Usage(CliStorage.Missing);
        await storage.Container(storage.Names.State).CreateIfNotExistsAsync();
        var keys = new ApiKeyStore(storage, TimeProvider.System);

        switch (args[0])
        {
            case "issue":
                var name = arguments.Get("--body");
                var kind = arguments.Get("--kind");
                if (string.IsNullOrWhiteSpace(name)) return Usage("issue needs --body \"<organisation name>\".");
                if (BodyNames.WhyRefused(name.Trim()) is { } refused) return Usage($"refused --body: {refused}.");
                if (kind is null || !TaxonomyLabels.All<SpeakerKind>().Contains(kind)) return Usage($"issue needs --kind, one of: {string.Join(", ", TaxonomyLabels.All<SpeakerKind>())}.");
                var (secret, record) = await keys.IssueAsync(new SubmittingBody(name.Trim(), kind), mayApprove: arguments.Has("--approver"));
                Console.Out.WriteLine(secret.ToString());
                Console.Error.WriteLine($"Issued key {record.KeyId} for {record.Body.Name} ({record.Body.Kind}){(record.MayApprove ? ", which may approve held documents" : "")}. Copy it now: it is not stored and cannot be shown again.");
                return 0;
            case "list":
                foreach (var key in await keys.ListAsync())
                    Console.Out.WriteLine(JsonSerializer.Serialize(new KeyListLine(key.KeyId, key.Body.Name, key.Body.Kind, key.CreatedAt, key.RevokedAt), JsonOutput.Compact));
                return 0;
            case "revoke":
                if (arguments.Positional.Count != 1) return Usage("revoke needs the key id.");
                if (await keys.RevokeAsync(arguments.Positional[0]))
                {
                    Console.Error.WriteLine($"Revoked {arguments.Positional[0]}. Running servers that checked this key in the last {keys.CacheFor.TotalSeconds:0} s keep accepting it for up to {keys.CacheFor.TotalSeconds:0} s more (they cache checked keys); a server revoking a key itself stops accepting it at once.");
                    return 0;
                }
                Console.Error.WriteLine($"No key {arguments.Positional[0]}.");
                return 1;
            default:
                return Usage($"unknown subcommand '{args[0]}'.");
        }
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"publishing keys: {problem}");
        Console.Error.WriteLine("usage: publishing keys issue --body \"<name>\" --kind <kind> [--approver] | list | revoke <key id>  [--storage <connection string>]");
        return 2;
    }
}
