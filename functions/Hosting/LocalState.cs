namespace Publishing.Hosting;

/// <summary>
/// The <c>.publishing/</c> folder a local <c>publishing serve</c> keeps in its working directory: Azurite's data, the
/// drop folder, and the emulator's connection string so other commands (<c>publishing keys</c>) reach the same storage.
/// The connection string is Azurite's public development account, not a secret.
/// </summary>
public static class LocalState
{
    public static string Root(string? baseDirectory = null) => Path.Combine(baseDirectory ?? Directory.GetCurrentDirectory(), ".publishing");
    public static string AzuriteData(string? baseDirectory = null) => Path.Combine(Root(baseDirectory), "azurite");
    public static string DropFolder(string? baseDirectory = null) => Path.Combine(Root(baseDirectory), "drop");
    /// <summary>Where <c>publishing outcomes import</c> writes a newer outcomes release for a local <c>serve</c>.</summary>
    public static string OutcomesFolder(string? baseDirectory = null) => Path.Combine(Root(baseDirectory), "outcomes");
    private static string ConnectionFile(string? baseDirectory) => Path.Combine(Root(baseDirectory), "storage-connection.txt");

    public static void SaveEmulatorConnection(string connectionString, string? baseDirectory = null)
    {
        Directory.CreateDirectory(Root(baseDirectory));
        File.WriteAllText(ConnectionFile(baseDirectory), connectionString);
    }

    /// <summary>The key that seals webhook secrets on this machine, created on first use (local runs only).</summary>
    public static string SecretProtectionKey(string? baseDirectory = null)
    {
        var file = Path.Combine(Root(baseDirectory), "secret-protection.key");
        if (File.Exists(file)) return File.ReadAllText(file).Trim();
        Directory.CreateDirectory(Root(baseDirectory));
        var key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        File.WriteAllText(file, key);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return key;
    }

    public static string? EmulatorConnection(string? baseDirectory = null) =>
        File.Exists(ConnectionFile(baseDirectory)) ? File.ReadAllText(ConnectionFile(baseDirectory)).Trim() : null;
}
