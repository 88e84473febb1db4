using System.Net;
using System.Text;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Rendering;

/// <summary>
/// A self-contained accessible HTML page: lang en-GB, one h1, a captioned table with header scopes, inline CSS with a
/// print stylesheet, no scripts. Every piece of report or statement text is HTML-encoded.
/// </summary>
public sealed class HtmlSummaryRenderer : ISummaryRenderer
{
    private const string Style = """
        body{font-family:Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;background:#fff;line-height:1.5}
        h1{font-size:1.9rem;line-height:1.2}h2{font-size:1.35rem;margin-top:2rem;border-bottom:2px solid #1b1b1b}h3{font-size:1.1rem}
        .standfirst{font-size:1.15rem;font-weight:bold}
        table{border-collapse:collapse;width:100%}caption{text-align:left;font-weight:bold;padding:.4rem 0}
        th,td{border:1px solid #505050;padding:.4rem .5rem;text-align:left;vertical-align:top}thead th{background:#e8e8e8}
        blockquote{margin:1rem 0;padding-left:1rem;border-left:4px solid #505050}
        a{color:#0b3d91}a:focus{outline:3px solid #ffbf47}
        .source{color:#404040;font-size:.9rem}
        @media print{body{margin:0;max-width:none;font-size:11pt}a{color:#000}a[href]::after{content:" (" attr(href) ")";font-size:9pt}h2{break-after:avoid}tr,li{break-inside:avoid}}
        """;

    public string Format => "html";
    public string FileExtension => "html";

    public string Render(PressSummary s)
    {
        var h = new StringBuilder();
        void Line(string html) => h.Append(html).Append('\n');
        void List(IEnumerable<string> items)
        {
            Line("<ul>");
            foreach (var item in items) Line($"<li>{E(item)}</li>");
            Line("</ul>");
        }

        Line("<!DOCTYPE html>");
        Line("<html lang=\"en-GB\">");
        Line("<head>");
        Line("<meta charset=\"utf-8\">");
        Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        Line($"<title>{E(s.Headline)}</title>");
        Line($"<style>\n{Style}\n</style>");
        Line("</head>");
        Line("<body>");
        Line("<main>");
        Line("<article>");
        Line("<header>");
        Line($"<h1>{E(s.Headline)}</h1>");
        Line($"<p class=\"standfirst\">{E(s.Standfirst)}</p>");
        if (s.Version > 1) Line($"<p><em>Version {s.Version}: {E(s.ChangeNote ?? "")}</em></p>");
        Line("</header>");

        Section("judgements", "Judgements", () =>
        {
            Line("<table>");
            Line($"<caption>Judgements in {E(s.Council)}'s report, in the report's order</caption>");
            Line("<thead><tr><th scope=\"col\">Judgement</th><th scope=\"col\">Grade</th><th scope=\"col\">Page</th></tr></thead>");
            Line("<tbody>");
            foreach (var j in s.Judgements)
                Line($"<tr><th scope=\"row\">{E(j.Label)}</th><td>{E(j.GradeWords)}</td><td>{j.Source.Page}</td></tr>");
            Line("</tbody>");
            Line("</table>");
            if (s.Overall is null) Line($"<p>{E(s.OverallExplanation)}</p>");
        });
        Section("spread", "Against the overall grade", () => List(SummarySections.SpreadLines(s)));
        Section("trend", "Since the last inspection", () =>
        {
            List(SummarySections.TrendLines(s));
            if (s.Trend.StatedInReport is { } stated)
                Line($"<blockquote><p>{E(stated.Text)}</p><p class=\"source\">Report, {E(SummarySections.Page(stated.Source))}</p></blockquote>");
        });
        Section("picture", "National and regional picture", () => List(SummarySections.PictureLines(s)));
        if (s.ImprovementsFirst.Count == 0) Findings("improve", "What needs to improve", s.WhatNeedsToImprove);
        else Section("improve", "What needs to improve", () =>
        {
            Line($"<p>{E(SummarySections.ImprovementsLead)}</p>");
            foreach (var area in s.ImprovementsFirst)
            {
                Line($"<h3>{E(SummarySections.ImprovementAreaTitle(area))}</h3>");
                List(area.Points.Select(SummarySections.Finding));
            }
            Line($"<h3>{E(SummarySections.AllImprovementsTitle(s))}</h3>");
            List(s.WhatNeedsToImprove.Select(SummarySections.Finding));
        });
        Findings("strengths", "Strengths", s.Strengths);
        Section("response", "Sector response", () =>
        {
            if (SummarySections.NoSectorResponse(s) is { } none) Line($"<p>{E(none)}</p>");
            foreach (var group in SummarySections.SectorGroups(s))
            {
                Line($"<h3>{E(group.Title)}</h3>");
                Reactions(group);
            }
        });
        foreach (var (group, index) in SummarySections.OwnResponses(s).Select((g, i) => (g, i)))
            Section($"response-{group.Voice.ToString().ToLowerInvariant()}-{index}", group.Title, () => Reactions(group));
        Section("notes", "Notes to editors", () =>
        {
            List(SummarySections.NoteLines(s));
            if (SafeLink(s.Notes.ReportLink) is { } link) Line($"<p><a href=\"{E(link)}\">The full report</a></p>");
        });
        Line("</article>");
        Line("</main>");
        Line("</body>");
        Line("</html>");
        return h.ToString();

        void Section(string id, string title, Action body)
        {
            Line($"<section aria-labelledby=\"{id}\">");
            Line($"<h2 id=\"{id}\">{E(title)}</h2>");
            body();
            Line("</section>");
        }

        void Reactions(StatementGroup group)
        {
            foreach (var st in group.Statements)
            {
                Line("<figure class=\"reaction\">");
                Line($"<figcaption>{E(SummarySections.StatementByline(st))}:</figcaption>");
                Line("<blockquote>");
                var key = st.KeyQuote;
                foreach (var paragraph in SummarySections.QuotedParagraphs(st))
                {
                    var (before, quote, after) = SummarySections.AroundKeyQuote(paragraph, key);
                    if (quote is not null) key = null;
                    Line(quote is null ? $"<p>{E(before)}</p>" : $"<p>{E(before)}<strong>{E(quote)}</strong>{E(after)}</p>");
                }
                Line("</blockquote>");
                if (SafeLink(st.Link) is { } link) Line($"<p class=\"source\"><a href=\"{E(link)}\">Full statement from {E(st.Body)}</a></p>");
                Line("</figure>");
            }
        }

        void Findings(string id, string title, IReadOnlyList<SourcedText> items)
        {
            if (items.Count == 0) return;
            Section(id, title, () => List(items.Select(SummarySections.Finding)));
        }
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Only absolute http(s) addresses become links, so a supplied "javascript:" address cannot run.</summary>
    private static string? SafeLink(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}
