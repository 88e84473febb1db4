namespace Publishing.Summaries.Context;

/// <summary>
/// A council in Ofsted's outcomes data: its ONS area code, the name and Ofsted region the data give it, whether it still
/// exists, and other names it goes by (for matching statements and report titles). <see cref="Key"/> is the reader's key.
/// </summary>
public sealed record OutcomesCouncil(string Code, string Name, string Key, bool StillExists, string Region, IReadOnlyList<string> Aliases);
