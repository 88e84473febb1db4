using System.Text;
using Publishing.Hosting;
using Publishing.Summaries.Context;

namespace Publishing.Cli;

/// <summary>
/// <c>publishing outcomes import &lt;file.ods|sheet.csv|folder&gt; [--to dir | --storage conn]</c> converts a release of
/// Ofsted's outcomes statistics into the product's format and writes it where <c>serve</c> and the Functions handler read
/// it: the app's storage (<c>--storage</c>, else AzureWebJobsStorage, else the local serve's Azurite), or with
/// <c>--to</c> a folder to name in PUBLISHING_OUTCOMES. <c>publishing outcomes show</c> says which release is in use.
/// </summary>
internal static class OutcomesCommand
{
    private const string Usage = "usage: publishing outcomes import <file.ods|sheet.csv|folder> [--to dir | --storage conn] | outcomes show [--outcomes dir] [--storage conn]";

    public static async Task<int> RunAsync(string[] args)
    {
        CommandArguments arguments;
        try { arguments = new CommandArguments(args, new HashSet<string>()); }
        catch (ArgumentException e) { return Fail(e.Message); }
        try
        {
            return arguments.Positional switch
            {
                ["import", var source] when arguments.Get("--to") is { } folder => ImportToFolder(Convert(source), folder),
                ["import", var source] => await ImportToStorageAsync(Convert(source), arguments),
                ["show"] => await ShowAsync(arguments),
                _ => Fail(Usage),
            };
        }
        catch (Exception ex) when (ex is OutcomesDataException or IOException or UnauthorizedAccessException or Azure.RequestFailedException)
        {
            return Fail(ex.Message);
        }
    }

    private static OutcomesData Convert(string source) =>
        Directory.Exists(source) ? OutcomesData.LoadFolder(source) : OfstedOutcomesImport.FromFile(source, EmbeddedOutcomes.Data);

    private static int ImportToFolder(OutcomesData data, string folder)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, CompactOutcomesFormat.FileName);
        var temporary = target + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false))) CompactOutcomesFormat.Write(data, writer);
        // Written whole, then moved into place: a reader never sees half a release.
        File.Move(temporary, target, overwrite: true);
        return Imported(data, target);
    }

    private static async Task<int> ImportToStorageAsync(OutcomesData data, CommandArguments arguments)
    {
        if (CliStorage.Resolve(arguments) is not { } storage) return Fail(CliStorage.Missing + " Or give --to <folder>.");
        await new StoredOutcomes(storage).WriteAsync(data, CancellationToken.None);
        return Imported(data, $"{storage.Names.State}/{StoredOutcomes.BlobName} in storage");
    }

    private static int Imported(OutcomesData data, string where)
    {
        Console.Out.WriteLine($"{data.Release.Title}: {data.Inspections.Count} inspections of {data.Regions.Count} current councils; wrote {where}");
        var shipped = EmbeddedOutcomes.Data.Release;
        if (data.Release.AsAt < shipped.AsAt) Console.Error.WriteLine($"publishing outcomes: note: this release is older than the one shipped ({shipped.AsAtWords}); summaries use the newer.");
        return 0;
    }

    private static async Task<int> ShowAsync(CommandArguments arguments)
    {
        var folder = OutcomesSource.Folder(arguments.Get("--outcomes") ?? Environment.GetEnvironmentVariable(OutcomesSource.EnvironmentVariable), LocalState.OutcomesFolder());
        var configured = OutcomesSource.Load(folder);
        var stored = CliStorage.Resolve(arguments) is { } storage ? await new StoredOutcomes(storage).ReadAsync(CancellationToken.None) : null;
        var used = StoredOutcomes.Newest(configured, stored);
        var from = ReferenceEquals(used, stored) ? "imported into storage" : folder ?? "the release shipped with publishing";
        Console.Out.WriteLine($"{used.Release.Title} (published {used.Release.Published:yyyy-MM-dd}) from {from}");
        Console.Out.WriteLine(used.Release.Attribution);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"publishing outcomes: {message}");
        return message == Usage ? 2 : 1;
    }
}
