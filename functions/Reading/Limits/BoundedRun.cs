namespace Publishing.Reading.Limits;

/// <summary>
/// Runs one read on a reader thread (<see cref="ReaderThreads"/>), with a larger stack than a pool thread's and a
/// wall-clock limit the caller waits no longer than. .NET cannot abort a thread: work still running when the limit
/// passes is told to stop through its token (the reader checks it between pages) and its result is dropped, but the
/// caller is answered at once.
/// </summary>
internal static class BoundedRun
{
    /// <summary>PdfPig's recursive parsers on a reader thread; nesting is limited separately, so this is a margin.</summary>
    public const int StackBytes = 16 * 1024 * 1024;

    /// <returns>The work's result, or null when the time limit passed first.</returns>
    public static T? Run<T>(Func<CancellationToken, T> work, TimeSpan limit, CancellationToken cancellationToken) where T : class
    {
        var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finished = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        ReaderThreads.Shared.Run(() =>
        {
            try { finished.TrySetResult(work(abandon.Token)); }
            catch (Exception e) { finished.TrySetException(e); }
        });
        try
        {
            if (finished.Task.Wait(limit < TimeSpan.Zero ? TimeSpan.Zero : limit, cancellationToken))
            {
                abandon.Dispose();
                return finished.Task.Result;
            }
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        // Not disposed: the abandoned work still holds its token.
        abandon.Cancel();
        return null;
    }
}
