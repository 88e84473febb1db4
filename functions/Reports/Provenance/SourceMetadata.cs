namespace Publishing.Reports.Provenance;

/// <summary>
/// The blob metadata a report's writer sets to say where it came from: the drop folder of <c>serve</c> sets
/// <c>publishing_source=drop-folder</c>; an ingest that fetched the file from Ofsted sets <c>publishing_source=ofsted</c>
/// and <c>ofsted_url</c>. Anyone who may write the container may set these too: trust in a label is trust in whoever
/// holds write access to the container (docs/security.md).
/// </summary>
public static class SourceMetadata
{
    public const string SourceKey = "publishing_source";
    public const string OfstedUrlKey = "ofsted_url";
    public const string DropFolder = "drop-folder";
    public const string Ofsted = "ofsted";
    public const string Unlabelled = "unlabelled";

    public static ReportSource Read(IDictionary<string, string>? metadata, ProvenanceOptions options)
    {
        if (metadata is null) return ReportSource.Unlabelled with { Trusted = options.TrustedSources.Contains(Unlabelled) };
        var found = new Dictionary<string, string>(metadata, StringComparer.OrdinalIgnoreCase);
        var label = found.TryGetValue(SourceKey, out var given) && given.Trim().Length > 0 ? given.Trim().ToLowerInvariant() : Unlabelled;
        Uri? url = found.TryGetValue(OfstedUrlKey, out var address) && Uri.TryCreate(address.Trim(), UriKind.Absolute, out var parsed)
            && (parsed.Scheme == Uri.UriSchemeHttps || parsed.Scheme == Uri.UriSchemeHttp) ? parsed : null;
        return new ReportSource(label, url, options.TrustedSources.Contains(label));
    }
}
