using Publishing.Reading.Limits;

namespace Publishing.Tests.Reading.Limits;

public sealed class ReaderThreadsTests
{
    private static ReaderThreads Pool(int keepIdle = 2, int idleMilliseconds = 60_000) =>
        new(256 * 1024, keepIdle, TimeSpan.FromMilliseconds(idleMilliseconds));

    private static void RunAndWait(ReaderThreads pool, Action job)
    {
        using var done = new ManualResetEventSlim();
        pool.Run(() => { job(); done.Set(); });
        Assert.True(done.Wait(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void Run_OneReadAfterAnother_ReusesOneThread()
    {
        var pool = Pool();
        var threads = new HashSet<int>();

        for (var i = 0; i < 20; i++)
        {
            RunAndWait(pool, () => { lock (threads) threads.Add(Environment.CurrentManagedThreadId); });
            SpinWait.SpinUntil(() => false, 5); // let the thread go back to the idle list
        }

        Assert.InRange(pool.Started, 1, 2);
        Assert.InRange(threads.Count, 1, 2);
    }

    [Fact]
    public void Run_WhileAReadIsStillRunning_StartsAnotherThread()
    {
        var pool = Pool();
        using var release = new ManualResetEventSlim();
        using var firstStarted = new ManualResetEventSlim();
        pool.Run(() => { firstStarted.Set(); release.Wait(); }); // an abandoned read, still busy

        Assert.True(firstStarted.Wait(TimeSpan.FromSeconds(10)));
        RunAndWait(pool, () => { });

        Assert.Equal(2, pool.Started);
        release.Set();
    }

    [Fact]
    public void Run_IdleThreadsPastTheirLifetime_End_AndLaterReadsStillRun()
    {
        var pool = Pool(keepIdle: 1, idleMilliseconds: 50);
        RunAndWait(pool, () => { });
        Thread.Sleep(300);

        var ran = false;
        RunAndWait(pool, () => ran = true);

        Assert.True(ran);
        Assert.Equal(2, pool.Started);
    }
}
