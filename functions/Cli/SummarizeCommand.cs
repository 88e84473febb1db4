using Publishing.Reading;
using Publishing.Summaries;

namespace Publishing.Cli;

/// <summary><c>publishing summarize &lt;file&gt;</c>: a first plain summary of one report.</summary>
internal static class SummarizeCommand
{
    public static int Run(string[] args)
    {
        if (args.Length != 1)
        {
            Console.Error.WriteLine("usage: publishing summarize <report.pdf|report.txt>");
            return 2;
        }
        if (!File.Exists(args[0]))
        {
            Console.Error.WriteLine($"publishing summarize: no such file '{args[0]}'");
            return 2;
        }
        var result = new ReportReader().ReadFile(args[0]);
        if (!result.Succeeded)
        {
            Console.Error.WriteLine($"publishing summarize: {args[0]}: {result.Failure.Message}");
            return 1;
        }
        Console.Out.Write(PlainSummaryWriter.Write(result.Report));
        return 0;
    }
}
