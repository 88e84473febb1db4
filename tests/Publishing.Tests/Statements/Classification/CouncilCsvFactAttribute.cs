using Xunit;
namespace Publishing.Tests.Statements.Classification;

/// <summary>A fact that needs the shared council lookup CSV; skipped, saying where it looked, when the file is absent.</summary>
public sealed class CouncilCsvFactAttribute : FactAttribute
{
    public CouncilCsvFactAttribute()
    {
        if (!File.Exists(TestPaths.CouncilCsv))
        {
            Skip = $"Council lookup CSV not found at {TestPaths.CouncilCsv} (expected ../shared/corpus/ofsted-outcomes/la_lookup.csv relative to the repository root).";
        }
    }
}
