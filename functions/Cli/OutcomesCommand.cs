using System.Text;
using Publishing.Hosting;
using Publishing.Summaries.Context;

namespace Publishing.Cli;

/// <summary>
/// <c>publishing outcomes import &lt;file.ods|sheet.csv|folder&gt; [--to dir]</c> converts a release of Ofsted's outcomes
/// statistics into the product's format and writes it where <c>serve</c> and the Functions handler read it
/// (<c>--to</c>, else <c>PUBLISHING_OUTCOMES</c>, else <c>.publishing/outcomes</c>); <c>publishing outcomes show</c> says
/// which release is in use.
/// </summary>
internal static class OutcomesCommand
{
    private const string Usage = "usage: publishing outcomes import <file.ods|sheet.csv|folder> [--to dir] | outcomes show [--outcomes dir]";

    public static int Run(string[] args)
    {
        CommandArguments arguments;
        try { arguments = new CommandArguments(args, new HashSet<string>()); }
        catch (ArgumentException e) { return Fail(e.Message); }
        try
        {
            return arguments.Positional switch
            {
                ["import", var source] => Import(source, arguments.Get("--to") ?? Environment.GetEnvironmentVariable(OutcomesSource.EnvironmentVariable) ?? LocalState.OutcomesFolder()),
                ["show"] => Show(OutcomesSource.Folder(arguments.Get("--outcomes") ?? Environment.GetEnvironmentVariable(OutcomesSource.EnvironmentVariable), LocalState.OutcomesFolder())),
                _ => Fail(Usage),
            };
        }
        catch (Exception ex) when (ex is OutcomesDataException or IOException or UnauthorizedAccessException)
        {
            return Fail(ex.Message);
        }
    }

    private static int Import(string source, string folder)
    {
        var data = Directory.Exists(source)
            ? OutcomesData.LoadFolder(source)
            : OfstedOutcomesImport.FromFile(source, EmbeddedOutcomes.Data);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, CompactOutcomesFormat.FileName);
        var temporary = target + ".tmp";
        using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false))) CompactOutcomesFormat.Write(data, writer);
        // Written whole, then moved into place: a reader never sees half a release.
        File.Move(temporary, target, overwrite: true);
        var shipped = EmbeddedOutcomes.Data.Release;
        Console.Out.WriteLine($"{data.Release.Title}: {data.Inspections.Count} inspections of {data.Regions.Count} current councils; wrote {target}");
        if (data.Release.AsAt < shipped.AsAt) Console.Error.WriteLine($"publishing outcomes: note: this release is older than the one shipped ({shipped.AsAtWords}).");
        return 0;
    }

    private static int Show(string? folder)
    {
        var data = OutcomesSource.Load(folder);
        Console.Out.WriteLine($"{data.Release.Title} (published {data.Release.Published:yyyy-MM-dd}) from {folder ?? "the release shipped with publishing"}");
        Console.Out.WriteLine(data.Release.Attribution);
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"publishing outcomes: {message}");
        return message == Usage ? 2 : 1;
    }
}
