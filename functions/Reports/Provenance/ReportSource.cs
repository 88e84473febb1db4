namespace Publishing.Reports.Provenance;

/// <summary>
/// Where a report blob came from, as its writer labelled it in blob metadata (<see cref="SourceMetadata"/>), and
/// whether that label is one the operator trusts (<see cref="ProvenanceOptions.TrustedSources"/>). A trusted source's
/// file name is believed for what the report does not print (ILACS reports do not print their publication date); it
/// never waives the other checks.
/// </summary>
/// <param name="Label">The <c>publishing_source</c> metadata value, or <see cref="SourceMetadata.Unlabelled"/>.</param>
/// <param name="OfstedUrl">Ofsted's address of the file, where the writer gave it (<c>ofsted_url</c>, http(s) only).</param>
public sealed record ReportSource(string Label, Uri? OfstedUrl, bool Trusted)
{
    public static ReportSource Unlabelled { get; } = new(SourceMetadata.Unlabelled, null, false);
}
