using System.Text;
using Publishing.Summaries.Model;
using static Publishing.Summaries.Rendering.MarkdownText;

namespace Publishing.Summaries.Rendering;

/// <summary>Markdown (GitHub flavour). All report and statement text is escaped so it cannot add markup or links.</summary>
public sealed class MarkdownSummaryRenderer : ISummaryRenderer
{
    public string Format => "markdown";
    public string FileExtension => "md";

    public string Render(PressSummary s)
    {
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');
        void Bullets(IEnumerable<string> lines) { foreach (var l in lines) Line($"- {Escape(l)}"); }

        Line($"# {Escape(s.Headline)}");
        Line();
        Line($"**{Escape(s.Standfirst)}**");
        if (s.Version > 1) { Line(); Line($"*Version {s.Version}: {Escape(s.ChangeNote ?? "")}*"); }
        Line();
        Line("## Judgements");
        Line();
        Line($"Judgements in {Escape(s.Council)}'s report, in the report's order:");
        Line();
        Line("| Judgement | Grade | Page |");
        Line("| --- | --- | --- |");
        foreach (var j in s.Judgements) Line($"| {Escape(j.Label)} | {Escape(j.GradeWords)} | {j.Source.Page} |");
        if (s.Overall is null) { Line(); Line(Escape(s.OverallExplanation)); }
        Line();
        Line("## Against the overall grade");
        Line();
        Bullets(SummarySections.SpreadLines(s));
        Line();
        Line("## Since the last inspection");
        Line();
        Bullets(SummarySections.TrendLines(s));
        if (s.Trend.StatedInReport is { } stated)
        {
            Line();
            Line($"> {Escape(stated.Text)} ({SummarySections.Page(stated.Source)})");
        }
        Line();
        Line("## National and regional picture");
        Line();
        Bullets(SummarySections.PictureLines(s));
        Improvements();
        Findings("Strengths", s.Strengths);
        Line();
        Line("## Sector response");
        Line();
        if (SummarySections.NoSectorResponse(s) is { } none) { Line(none); Line(); }
        foreach (var group in SummarySections.SectorGroups(s))
        {
            Line($"### {Escape(group.Title)}");
            Line();
            Reactions(group);
        }
        foreach (var group in SummarySections.OwnResponses(s))
        {
            Line($"## {Escape(group.Title)}");
            Line();
            Reactions(group);
        }
        Line("## Notes to editors");
        Line();
        Bullets(SummarySections.NoteLines(s));
        if (s.Notes.ReportLink is { } reportLink) Line($"- {Link("The full report", reportLink)}");
        return md.ToString();

        void Reactions(StatementGroup group)
        {
            foreach (var st in group.Statements)
            {
                var paragraphs = SummarySections.QuotedParagraphs(st);
                var key = st.KeyQuote;
                for (var i = 0; i < paragraphs.Count; i++)
                {
                    var (before, quote, after) = SummarySections.AroundKeyQuote(paragraphs[i], key);
                    var words = quote is null ? Escape(before) : $"{EscapeKeepingSpaces(before)}**{Escape(quote)}**{EscapeKeepingSpaces(after)}";
                    if (quote is not null) key = null;
                    Line(i == 0 ? $"**{Escape(SummarySections.StatementByline(st))}:** {words}" : words);
                    Line();
                }
                if (st.Link is { } link) { Line(Link("Full statement", link)); Line(); }
            }
        }

        void Improvements()
        {
            if (s.ImprovementsFirst.Count == 0) { Findings("What needs to improve", s.WhatNeedsToImprove); return; }
            Line();
            Line("## What needs to improve");
            Line();
            Line(Escape(SummarySections.ImprovementsLead));
            foreach (var area in s.ImprovementsFirst)
            {
                Line();
                Line($"### {Escape(SummarySections.ImprovementAreaTitle(area))}");
                Line();
                Bullets(area.Points.Select(SummarySections.Finding));
            }
            Line();
            Line($"### {Escape(SummarySections.AllImprovementsTitle(s))}");
            Line();
            Bullets(s.WhatNeedsToImprove.Select(SummarySections.Finding));
        }

        void Findings(string title, IReadOnlyList<SourcedText> items)
        {
            if (items.Count == 0) return;
            Line();
            Line($"## {title}");
            Line();
            Bullets(items.Select(SummarySections.Finding));
        }
    }
}
