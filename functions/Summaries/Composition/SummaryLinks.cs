namespace Publishing.Summaries.Composition;

/// <summary>Where links point: the statements API's base address and the report's published address, either optional.</summary>
public sealed record SummaryLinks(Uri? StatementsBaseUrl = null, Uri? ReportUrl = null)
{
    public string? StatementLink(string id) =>
        StatementsBaseUrl is null ? null : $"{StatementsBaseUrl.ToString().TrimEnd('/')}/api/statements/{Uri.EscapeDataString(id)}";
}
