namespace Publishing.Reports.Provenance;

/// <summary>
/// Which <see cref="SourceMetadata"/> labels are trusted to name a report's publication date by its file name.
/// Under the Functions host: <c>ofsted</c> (an ingest from Ofsted's site); <c>serve</c> adds its own drop folder unless
/// told not to (<c>--untrusted-drop</c>). <c>PUBLISHING_TRUSTED_SOURCES</c> (comma-separated) replaces the list.
/// </summary>
public sealed record ProvenanceOptions
{
    public IReadOnlySet<string> TrustedSources { get; init; } = new HashSet<string>(StringComparer.Ordinal) { SourceMetadata.Ofsted };

    public static ProvenanceOptions FromEnvironment(Func<string, string?> variable, bool trustDropFolder)
    {
        var configured = variable("PUBLISHING_TRUSTED_SOURCES");
        var labels = configured is null
            ? new HashSet<string>(StringComparer.Ordinal) { SourceMetadata.Ofsted }
            : configured.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => l.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        if (trustDropFolder && configured is null) labels.Add(SourceMetadata.DropFolder);
        return new ProvenanceOptions { TrustedSources = labels };
    }
}
