using Publishing.Summaries.Model;

namespace Publishing.Summaries.Rendering;

/// <summary>Writes a summary in one output form. Output depends only on the summary: no clock, invariant culture.</summary>
public interface ISummaryRenderer
{
    /// <summary>"markdown", "html", "text" or "json".</summary>
    string Format { get; }

    string FileExtension { get; }

    string Render(PressSummary summary);
}
