namespace Publishing.Summaries.Issuing;

/// <summary>The media type each summary form is served and stored with.</summary>
public static class SummaryMediaTypes
{
    public static string Of(string extension) => extension switch
    {
        "html" => "text/html; charset=utf-8",
        "md" => "text/markdown; charset=utf-8",
        "txt" => "text/plain; charset=utf-8",
        "json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };

    public static readonly IReadOnlyList<string> Extensions = ["json", "html", "md", "txt"];
}
