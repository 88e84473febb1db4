namespace Publishing.Reading.Limits;

/// <summary>
/// The threads reads run on: a large stack each (PdfPig parses recursively), kept for the next read rather than made
/// and torn down per document, which cost about 7% of reading the corpus on one core (a 16 MB stack mapped, touched
/// and unmapped, the unmapping flushing the other core's TLB). A thread whose read was abandoned stays busy until the
/// read notices and stops; later reads get another thread. Idle threads beyond one per core, or idle for a minute, end.
/// </summary>
internal sealed class ReaderThreads(int stackBytes, int keepIdle, TimeSpan idleLifetime)
{
    private readonly int _stackBytes = stackBytes;
    private readonly int _keepIdle = keepIdle;
    private readonly TimeSpan _idleLifetime = idleLifetime;

    public static ReaderThreads Shared { get; } = new(BoundedRun.StackBytes, Environment.ProcessorCount, TimeSpan.FromMinutes(1));

    private readonly object _gate = new();
    private readonly List<Worker> _idle = [];

    /// <summary>Threads waiting for a read (for tests).</summary>
    public int Idle
    {
        get { lock (_gate) return _idle.Count; }
    }

    /// <summary>Threads started so far (for tests: reads reuse them).</summary>
    public int Started => _started;
    private int _started;

    /// <summary>Runs <paramref name="job"/> on a reader thread; the job handles its own exceptions.</summary>
    public void Run(Action job)
    {
        Worker? worker = null;
        lock (_gate)
        {
            if (_idle.Count > 0)
            {
                worker = _idle[^1];
                _idle.RemoveAt(_idle.Count - 1);
            }
        }
        if (worker is not null) worker.Assign(job);
        else new Worker(this).Start(job);
    }

    private sealed class Worker(ReaderThreads pool)
    {
        private readonly SemaphoreSlim _assigned = new(0);
        private Action? _job;

        public void Start(Action job)
        {
            _job = job;
            Interlocked.Increment(ref pool._started);
            new Thread(Loop, pool._stackBytes) { IsBackground = true, Name = "report-reader" }.Start();
        }

        public void Assign(Action job)
        {
            _job = job;
            _assigned.Release();
        }

        private void Loop()
        {
            while (true)
            {
                var job = _job!;
                _job = null;
                job();
                lock (pool._gate)
                {
                    if (pool._idle.Count >= pool._keepIdle) return;
                    pool._idle.Add(this);
                }
                if (_assigned.Wait(pool._idleLifetime)) continue;
                lock (pool._gate)
                {
                    if (pool._idle.Remove(this)) return;
                }
                _assigned.Wait(); // taken from the idle list just as it timed out: its job is on the way
            }
        }
    }
}
