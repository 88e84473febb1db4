using System.Text;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Rendering;

/// <summary>Plain wire copy: no markup, wrapped at 72 columns, sections in capitals.</summary>
public sealed class TextSummaryRenderer : ISummaryRenderer
{
    public const int Width = 72;

    public string Format => "text";
    public string FileExtension => "txt";

    public string Render(PressSummary s)
    {
        var text = new StringBuilder();
        void Para(string p) { foreach (var l in TextWrapper.Wrap(p, Width)) text.Append(l).Append('\n'); }
        void Item(string p) { foreach (var l in TextWrapper.Wrap(p, Width, "  ", "- ")) text.Append(l).Append('\n'); }
        void Heading(string h) => text.Append('\n').Append(h.ToUpperInvariant()).Append('\n');

        Para(s.Headline);
        text.Append('\n');
        Para(s.Standfirst);
        if (s.Version > 1) { text.Append('\n'); Para($"Version {s.Version}: {s.ChangeNote}"); }
        Heading("Judgements");
        foreach (var j in s.Judgements) Item($"{j.Label}: {j.GradeWords} ({SummarySections.Page(j.Source)})");
        if (s.Overall is null) Para(s.OverallExplanation);
        Heading("Against the overall grade");
        foreach (var l in SummarySections.SpreadLines(s)) Item(l);
        Heading("Since the last inspection");
        foreach (var l in SummarySections.TrendLines(s)) Item(l);
        if (s.Trend.StatedInReport is { } stated) Item($"The report says: \"{stated.Text}\" ({SummarySections.Page(stated.Source)})");
        Heading("National and regional picture");
        foreach (var l in SummarySections.PictureLines(s)) Item(l);
        Improvements();
        Findings("Strengths", s.Strengths);
        Heading("Sector response");
        if (SummarySections.NoSectorResponse(s) is { } none) Para(none);
        foreach (var group in SummarySections.SectorGroups(s))
        {
            Para($"{group.Title}:");
            Reactions(group);
        }
        foreach (var group in SummarySections.OwnResponses(s))
        {
            Heading(group.Title);
            Reactions(group);
        }
        Heading("Notes to editors");
        foreach (var l in SummarySections.NoteLines(s)) Item(l);
        if (s.Notes.ReportLink is { } reportLink) Item($"Full report: {reportLink}");
        return text.ToString();

        void Reactions(StatementGroup group)
        {
            foreach (var st in group.Statements)
            {
                var paragraphs = SummarySections.QuotedParagraphs(st);
                Item($"{SummarySections.StatementByline(st)}: {paragraphs[0]}");
                foreach (var p in paragraphs.Skip(1)) foreach (var l in TextWrapper.Wrap(p, Width, "  ", "  ")) text.Append(l).Append('\n');
                if (st.Link is { } link) foreach (var l in TextWrapper.Wrap($"Full statement: {link}", Width, "  ", "  ")) text.Append(l).Append('\n');
            }
        }

        void Improvements()
        {
            if (s.ImprovementsFirst.Count == 0) { Findings("What needs to improve", s.WhatNeedsToImprove); return; }
            Heading("What needs to improve");
            Para(SummarySections.ImprovementsLead);
            foreach (var area in s.ImprovementsFirst)
            {
                Para($"{SummarySections.ImprovementAreaTitle(area)}:");
                foreach (var item in area.Points) Item(SummarySections.Finding(item));
            }
            Para($"{SummarySections.AllImprovementsTitle(s)}:");
            foreach (var item in s.WhatNeedsToImprove) Item(SummarySections.Finding(item));
        }

        void Findings(string title, IReadOnlyList<SourcedText> items)
        {
            if (items.Count == 0) return;
            Heading(title);
            foreach (var item in items) Item(SummarySections.Finding(item));
        }
    }
}
