namespace Publishing.Summaries.Context;

/// <summary>
/// Which outcomes release a summary is composed against: a folder when one is configured (<c>--outcomes</c>,
/// <c>PUBLISHING_OUTCOMES</c>) or written by <c>publishing outcomes import</c>, else the release shipped in the assembly.
/// </summary>
public static class OutcomesSource
{
    public const string EnvironmentVariable = "PUBLISHING_OUTCOMES";

    /// <summary>The folder's release, unless the shipped one is newer: summaries use the newest release available (an
    /// older release imported with <c>--to</c> and configured would otherwise silently replace the shipped one).</summary>
    public static OutcomesData Load(string? folder) => folder is null ? EmbeddedOutcomes.Data : StoredOutcomes.Newest(EmbeddedOutcomes.Data, OutcomesData.LoadFolder(folder));

    /// <summary>The configured folder, else the import folder when an import has written one there, else null (the shipped release).</summary>
    public static string? Folder(string? configured, string importFolder) =>
        configured ?? (File.Exists(Path.Combine(importFolder, CompactOutcomesFormat.FileName)) ? importFolder : null);
}
