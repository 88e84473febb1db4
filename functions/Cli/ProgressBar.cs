namespace Publishing.Cli;

/// <summary>A one-line progress bar on stderr, drawn only when stderr is a terminal.</summary>
internal sealed class ProgressBar(int total, bool enabled)
{
    private readonly Lock _gate = new();

    public void Report(int done)
    {
        if (!enabled || total == 0) return;
        lock (_gate)
        {
            const int width = 30;
            var filled = done * width / total;
            Console.Error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total}");
        }
    }

    public void Done()
    {
        if (enabled) Console.Error.WriteLine();
    }
}
