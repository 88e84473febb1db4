using System.Diagnostics;

namespace Publishing.Reports;

/// <summary>The process a read ran in, recorded so a later attempt can tell whether it is still alive.</summary>
public sealed record ReadingProcess(string Machine, int ProcessId, DateTimeOffset ProcessStarted)
{
    public static ReadingProcess Current { get; } = new(Environment.MachineName, Environment.ProcessId, StartTime(Process.GetCurrentProcess()) ?? DateTimeOffset.MinValue);

    public bool IsThisProcess => this == Current;

    /// <summary>Known to have ended: on this machine, no process of that id started at that time. On another machine
    /// nothing is known (false).</summary>
    public bool HasEnded()
    {
        if (Machine != Current.Machine) return false;
        try
        {
            using var process = Process.GetProcessById(ProcessId);
            return process.HasExited || StartTime(process) != ProcessStarted;
        }
        catch (ArgumentException)
        {
            return true; // no process of that id
        }
    }

    private static DateTimeOffset? StartTime(Process process)
    {
        try
        {
            // Whole seconds: the start time read back from another process can differ in its fractions.
            var started = new DateTimeOffset(process.StartTime.ToUniversalTime());
            return started.AddTicks(-(started.Ticks % TimeSpan.TicksPerSecond));
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            return null;
        }
    }
}
