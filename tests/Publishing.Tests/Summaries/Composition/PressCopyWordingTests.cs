using System.Text.RegularExpressions;
using Publishing.Summaries.Composition;

namespace Publishing.Tests.Summaries.Composition;

/// <summary>
/// Press copy never carries configuration text, placeholders or "unknown": every corpus report of every era, composed
/// out of the box (shipped outcomes release, nothing held) and with every other corpus report held, in Markdown, HTML and text.
/// </summary>
public partial class PressCopyWordingTests
{
    [SkippableFact]
    public void RenderPressForms_EveryCorpusReport_CarryNoConfigurationTextPlaceholderOrUnknown()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        var reports = SummaryFixtures.Rows.AsParallel().Select(r => SummaryFixtures.Corpus(Path.GetFileName(r.File))).ToList();
        var held = new SummaryContext(Publishing.Summaries.Context.EmbeddedOutcomes.Data, new Publishing.Summaries.Context.ReportHistory(reports), new SummaryLinks());
        var problems = new List<string>();
        var eras = new HashSet<string>();

        foreach (var report in reports.Append(SummaryFixtures.Sample()))
        {
            eras.Add(report.Era);
            foreach (var context in new[] { SummaryContext.None, held })
            {
                var summary = SummaryFixtures.Compose(report, context);
                foreach (var (format, output) in SummaryFixtures.RenderAll(summary).Where(f => f.Key != "json"))
                {
                    // Verbatim findings and quotes are the report's own words; the copy around them is checked.
                    var copy = summary.WhatNeedsToImprove.Concat(summary.Strengths).Select(t => t.Text)
                        .Append(summary.Trend.StatedInReport?.Text ?? "")
                        .Aggregate(Regex.Replace(output, @"\s+", " "), (text, quoted) => quoted.Length == 0 ? text : text.Replace(Regex.Replace(System.Net.WebUtility.HtmlEncode(quoted), @"\s+", " "), "").Replace(Regex.Replace(quoted, @"\s+", " "), ""));
                    foreach (Match bad in Forbidden().Matches(copy))
                        problems.Add($"{summary.ReportId} {format}: '{bad.Value}' in …{copy[Math.Max(0, bad.Index - 60)..Math.Min(copy.Length, bad.Index + 60)]}…");
                    if (format != "html" && copy.Contains('{', StringComparison.Ordinal)) problems.Add($"{summary.ReportId} {format}: a brace (unfilled placeholder?)");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(30)));
        Assert.True(eras.Count >= 6, $"only {eras.Count} eras: {string.Join(", ", eras)}");
    }

    [GeneratedRegex(@"not configured|unknown|placeholder|TODO|la_lookup|\.csv\b|the pipeline|unavailable|\bnull\b|PUBLISHING_", RegexOptions.IgnoreCase)]
    private static partial Regex Forbidden();
}
