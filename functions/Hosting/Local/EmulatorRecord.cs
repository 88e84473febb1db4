using System.Diagnostics;
using System.Globalization;

namespace Publishing.Hosting.Local;

/// <summary>
/// The pid and ports of the Azurite a local <c>serve</c> started on a data folder, kept beside that folder
/// (<c>.publishing/azurite.process</c>) as one line, "pid blobPort queuePort tablePort".
/// </summary>
public sealed record EmulatorRecord(int Pid, int BlobPort, int QueuePort, int TablePort)
{
    public static string PathFor(string dataDirectory) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory)) + ".process";

    public static void Write(string dataDirectory, EmulatorRecord record) =>
        File.WriteAllText(PathFor(dataDirectory), string.Create(CultureInfo.InvariantCulture, $"{record.Pid} {record.BlobPort} {record.QueuePort} {record.TablePort}\n"));

    public static EmulatorRecord? Read(string dataDirectory)
    {
        var path = PathFor(dataDirectory);
        if (!File.Exists(path)) return null;
        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var numbers = parts.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToArray();
        return numbers.Length == 4 && numbers.All(n => n > 0) ? new EmulatorRecord(numbers[0], numbers[1], numbers[2], numbers[3]) : null;
    }

    public static void Delete(string dataDirectory) => File.Delete(PathFor(dataDirectory));

    /// <summary>
    /// The recorded process, if it is still running and is Azurite on this folder (a pid can be reused by another
    /// program after a reboot; on Linux its command line is checked).
    /// </summary>
    public static Process? FindProcess(int pid, string dataDirectory)
    {
        Process process;
        try { process = Process.GetProcessById(pid); }
        catch (ArgumentException) { return null; }
        if (process.HasExited) { process.Dispose(); return null; }
        var commandLine = $"/proc/{pid}/cmdline";
        if (File.Exists(commandLine))
        {
            var arguments = File.ReadAllText(commandLine).Split('\0');
            var location = Path.TrimEndingDirectorySeparator(Path.GetFullPath(dataDirectory));
            if (!arguments.Any(a => a.Contains("azurite", StringComparison.OrdinalIgnoreCase))
                || !arguments.Any(a => Path.TrimEndingDirectorySeparator(a) == location))
            {
                process.Dispose();
                return null;
            }
        }
        return process;
    }
}
