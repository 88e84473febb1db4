using System.Net;
using System.Text;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Rendering;

/// <summary>
/// A self-contained accessible press page: lang en-GB, one h1, the grade in context first (<see cref="HtmlGradeBlock"/>),
/// a captioned judgement table with header scopes, inline CSS with a print stylesheet (<see cref="HtmlPageStyle"/>),
/// no scripts. Every piece of report or statement text is HTML-encoded.
/// </summary>
public sealed class HtmlSummaryRenderer : ISummaryRenderer
{
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
        Line($"<style>\n{HtmlPageStyle.Css}\n</style>");
        Line("</head>");
        Line("<body>");
        Line("<main>");
        Line("<article>");
        Line("<header>");
        Line($"<p class=\"kicker\">{E(Kicker(s))}</p>");
        Line($"<h1>{E(s.Headline)}</h1>");
        Line("</header>");
        HtmlGradeBlock.Write(h, s);
        Line($"<p class=\"standfirst\">{E(s.Standfirst)}</p>");
        if (s.Version > 1) Line($"<p class=\"version\">Updated (version {s.Version}): {E(s.ChangeNote ?? "")}</p>");

        Section("judgements", "Judgements", () =>
        {
            Line("<table>");
            Line("<colgroup><col class=\"judgement\"><col class=\"grade\"><col class=\"page\"></colgroup>");
            Line($"<caption>Judgements in {E(s.Council)}'s report, in the report's order</caption>");
            Line("<thead><tr><th scope=\"col\">Judgement</th><th scope=\"col\">Grade</th><th scope=\"col\">Page</th></tr></thead>");
            Line("<tbody>");
            foreach (var j in s.Judgements)
                Line($"<tr><th scope=\"row\">{E(j.Label)}</th><td><span class=\"chip {GradeInContext.CssClass(j.Grade)}\">{E(j.GradeWords)}</span></td><td>{j.Source.Page}</td></tr>");
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

    private static string Kicker(PressSummary s) =>
        $"Ofsted inspection of children's services · {s.Council}" + (s.Published is { } published ? $" · published {Composition.Prose.Date(published)}" : "");

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>Only absolute http(s) addresses become links, so a supplied "javascript:" address cannot run.</summary>
    private static string? SafeLink(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;
}
