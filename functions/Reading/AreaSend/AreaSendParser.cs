using System.Text.RegularExpressions;
using Publishing.Reading.Documents;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;

namespace Publishing.Reading.AreaSend;

/// <summary>
/// Reads an area SEND inspection (Ofsted and CQC): the local area partnership, the dates, the outcome statement in
/// the report's own words, its areas for improvement (recommendations) and areas for priority action. The outcome is
/// one of three statements, never a grade; a statement that names none of them, or more than one, is not guessed at.
/// </summary>
internal static partial class AreaSendParser
{
    public static ReadResult Parse(LayoutDocument document, string? sourceName)
    {
        var partnership = Partnership(document);
        if (partnership is null)
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, "the title 'Area SEND inspection of <name> Local Area Partnership'", "no partnership named in the title");
        var dates = TitleBlockReader.ReadInspectionDates(document);
        if (dates is null)
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, "'Inspection dates: ...' on the first page", "no readable inspection dates");
        var sections = new SectionReader(document);
        var outcomeParagraphs = sections.ParagraphsAfter(OutcomeHeading(), Headings(), maxParagraphs: 1);
        var statement = outcomeParagraphs.Count == 0 ? null : FirstSentence(outcomeParagraphs[0]);
        if (statement is null || AreaSendOutcomeWords.In(statement.Value) is not { } outcome)
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, "an 'Inspection outcome' block stating one of the three outcomes (positive, inconsistent, significant concerns)",
                statement is null ? "no inspection outcome block" : $"the statement '{Shorten(statement.Value)}'");

        var council = CouncilOf(partnership.Value);
        var recommendations = ActionCells.Read(document, "areas for improvement");
        return ReadResult.Success(new InspectionReport
        {
            Council = new Council(council, CouncilKeys.FromName(council), partnership.Page),
            Framework = Framework.AreaSend,
            InspectionDates = dates,
            PublicationDate = TitleBlockReader.ReadPublicationDate(document, sourceName),
            LeadInspector = LeadInspector(document),
            Judgements = [],
            OverallEffectiveness = new OverallEffectiveness(false, null, $"An area SEND inspection gives no grade; its outcome, in Ofsted and CQC's words: {statement.Value}"),
            Headline = [statement],
            WhatNeedsToImprove = recommendations,
            Strengths = [],
            ProgressSinceLastInspection = [],
            PageCount = document.Pages.Count,
            AreaSend = new AreaSendFindings
            {
                Partnership = partnership,
                Outcome = outcome,
                OutcomeStatement = statement,
                Recommendations = recommendations,
                AreasForPriorityAction = ActionCells.Read(document, "areas for priority action"),
            },
        });
    }

    private static Sourced<string>? Partnership(LayoutDocument document)
    {
        var page = document.Pages[0];
        for (var i = 0; i < Math.Min(page.Lines.Count, 40); i++)
        {
            var text = page.Lines[i].Text.Trim();
            if (!text.StartsWith("Area SEND inspection of", StringComparison.OrdinalIgnoreCase)) continue;
            // The title is set large and wraps: take the lines of its size up to "Partnership".
            for (var j = i + 1; j < page.Lines.Count && j <= i + 3 && !text.EndsWith("Partnership", StringComparison.OrdinalIgnoreCase); j++)
            {
                if (Math.Abs(page.Lines[j].FontSize - page.Lines[i].FontSize) > 0.5) break;
                text += " " + page.Lines[j].Text.Trim();
            }
            var m = TitleName().Match(text);
            return m.Success ? new Sourced<string>(m.Groups["name"].Value.Trim(), page.Number) : null;
        }
        return null;
    }

    private static string CouncilOf(string partnership) => PartnershipWords().Replace(partnership, "").Trim();

    private static Sourced<string>? FirstSentence(Sourced<string> paragraph)
    {
        var text = paragraph.Value.Replace('\u2019', '\'');
        var end = SentenceEnd().Match(text);
        return new Sourced<string>(end.Success ? text[..(end.Index + 1)] : text, paragraph.Page);
    }

    // "Adam Sproston HMI, Ofsted lead inspector" in the inspection team table.
    private static Sourced<string>? LeadInspector(LayoutDocument document)
    {
        foreach (var page in document.Pages)
            foreach (var line in page.Lines)
                if (OfstedLead().Match(line.Text) is { Success: true } m) return new Sourced<string>(m.Groups["name"].Value.Replace(" HMI", "").Trim(), page.Number);
        return null;
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;

    [GeneratedRegex(@"^Area SEND inspection of (?:the )?(?<name>.+? Local Area Partnership)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TitleName();

    [GeneratedRegex(@"\s*Local Area Partnership$", RegexOptions.IgnoreCase)]
    private static partial Regex PartnershipWords();

    [GeneratedRegex(@"^inspection outcome$")]
    private static partial Regex OutcomeHeading();

    [GeneratedRegex(@"^(?:information about|what is it like|what is the area|what does the area|areas for priority action|local area partnership details|inspection team)")]
    private static partial Regex Headings();

    [GeneratedRegex(@"[.](?= [A-Z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:Mr |Mrs |Ms |Dr )?(?<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+){1,3}),? (?:Ofsted )?(?:HMI,? )?(?:Ofsted )?[Ll]ead inspector")]
    private static partial Regex OfstedLead();
}
