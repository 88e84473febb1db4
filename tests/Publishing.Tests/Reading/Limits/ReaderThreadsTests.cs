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
            Assert.True(SpinWait.SpinUntil(() => pool.Idle == 1, TimeSpan.FromSeconds(10)), "the thread went back to the idle list");
        }

        Assert.Equal(1, pool.Started);
        Assert.Single(threads);
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
        var pool = Pool(keepIdle: 1, idleMilliseconds: 500);
        RunAndWait(pool, () => { });
        Assert.True(SpinWait.SpinUntil(() => pool.Idle == 1, TimeSpan.FromSeconds(10)), "the thread went back to the idle list");
        Assert.True(SpinWait.SpinUntil(() => pool.Idle == 0, TimeSpan.FromSeconds(10)), "the idle thread ended");

        var ran = false;
        RunAndWait(pool, () => ran = true);

        Assert.True(ran);
        Assert.Equal(2, pool.Started);
    }
}
