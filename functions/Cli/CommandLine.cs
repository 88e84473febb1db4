namespace Publishing.Cli;

internal static class CommandLine
{
    public static Task<int> RunAsync(string[] args)
    {
        Console.Error.WriteLine("usage: publishing <read|summarize> ...");
        return Task.FromResult(args.Length == 0 ? 2 : 0);
    }
}
