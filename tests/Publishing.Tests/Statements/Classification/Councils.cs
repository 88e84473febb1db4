using Publishing.Statements.Classification;

namespace Publishing.Tests.Statements.Classification;

/// <summary>The known councils read once from the shared CSV (only use from <see cref="CouncilCsvFactAttribute"/> tests).</summary>
internal static class Councils
{
    private static readonly Lazy<KnownCouncils> FromCsv = new(() => KnownCouncils.FromCsv(File.ReadAllText(TestPaths.CouncilCsv)));

    public static KnownCouncils FromSharedCsv => FromCsv.Value;
}
