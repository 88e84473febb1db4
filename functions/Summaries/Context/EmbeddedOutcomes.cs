namespace Publishing.Summaries.Context;

/// <summary>
/// The outcomes release the product ships with, converted from Ofsted's official statistics into
/// <see cref="CompactOutcomesFormat"/> and embedded in the assembly: the national context when no newer release is loaded.
/// </summary>
public static class EmbeddedOutcomes
{
    public const string ResourceName = "Publishing.Outcomes.embedded.tsv";

    private static readonly Lazy<OutcomesData> Loaded = new(() =>
    {
        using var stream = typeof(EmbeddedOutcomes).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new OutcomesDataException($"the embedded outcomes resource {ResourceName} is missing from the build.");
        return CompactOutcomesFormat.Read(stream, "embedded outcomes");
    });

    public static OutcomesData Data => Loaded.Value;
}
