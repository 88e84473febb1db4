namespace Publishing.Cli;

/// <summary>Dispatches <c>publishing &lt;command&gt; ...</c>.</summary>
internal static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            return await DispatchAsync(args);
        }
        catch (Exception e) when (Storage.StorageOutage.IsOutage(e))
        {
            // The storage commands (serve, keys, reprocess, poison, deliveries) meet an unreachable account here.
            Console.Error.WriteLine($"publishing {args[0]}: storage is unreachable ({Cause(e)}); nothing was changed. Check --storage or AzureWebJobsStorage.");
            return 1;
        }
    }

    private static string Cause(Exception e)
    {
        while (e is AggregateException { InnerExceptions.Count: > 0 } aggregate) e = aggregate.InnerExceptions[0];
        return e.GetBaseException().Message;
    }

    private static Task<int> DispatchAsync(string[] args)
    {
        if (args.Length == 0) return Task.FromResult(Usage());
        var rest = args[1..];
        return args[0] switch
        {
            "read" => Task.FromResult(ReadCommand.Run(rest)),
            "summarize" => Task.FromResult(SummarizeCommand.Run(rest, TimeProvider.System)),
            "layout" => Task.FromResult(LayoutCommand.Run(rest)),
            "classify" => ClassifyCommand.RunAsync(rest),
            "serve" => ServeCommand.RunAsync(rest),
            "keys" => KeysCommand.RunAsync(rest),
            "reprocess" => ReprocessCommand.RunAsync(rest),
            "poison" => PoisonCommand.RunAsync(rest),
            "deliveries" => DeliveriesCommand.RunAsync(rest),
            "outcomes" => OutcomesCommand.RunAsync(rest),
            "held" => HeldCommand.RunAsync(rest),
            "--help" or "-h" or "help" => Task.FromResult(Usage(0)),
            _ => Task.FromResult(Usage()),
        };
    }

    private static int Usage(int code = 2)
    {
        Console.Error.WriteLine("""
            usage: publishing <command> [arguments]
              read <report.pdf|report.txt>   print the extracted report as JSON
              read --dir <folder>            read every PDF in a folder: one JSON line per file
              summarize <report.pdf> [opts]  print the press summary (markdown|html|text|json; see summarize --help)
              classify [--councils csv]      classify statements given as JSON lines on stdin
                                 (Azure AI Language + local rules when PUBLISHING_LANGUAGE_ENDPOINT is set)
              layout <report.pdf> [page]     print the positioned lines the reader sees
              serve [--port 7071] [--drop dir] run the pipeline and API locally (or as the Functions custom handler)
              keys issue|list|revoke         manage the API keys of bodies that submit statements
              reprocess <id>...|--all        run reports through the pipeline again (--reread: read the PDFs again)
              poison list|replay             inspect failed queue messages and put them back
              deliveries dead-letters|redeliver  webhook pushes that ran out of attempts, and sending them again
              outcomes import <file>|show    load a newer release of Ofsted's outcomes statistics (.ods or .csv), or say which is in use
              held list|show|approve|reject  report documents held for a person (doubtful provenance, changed grades)
            """);
        return code;
    }
}
