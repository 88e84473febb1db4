using System.Text.RegularExpressions;
using Publishing.Reading.Documents;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;

namespace Publishing.Reading.FocusedVisits;

/// <summary>
/// Reads a focused visit letter: council, visit dates, inspectors, the area of practice, headline findings, what
/// needs to improve and the areas for priority action. A focused visit is never graded: the report it gives has no
/// judgements and says so. What it needs is the council and the visit dates; anything else it cannot read is listed
/// as unread, with the reason.
/// </summary>
internal static partial class FocusedVisitParser
{
    public const string NoGrade = "A focused visit gives no grade: Ofsted looks at one area of practice and writes a letter.";

    public static ReadResult Parse(LayoutDocument document, string? sourceName)
    {
        var letter = new LetterText(document);
        var (titleCouncil, titlePage) = TitleCouncil(document);
        var visit = FocusedVisitOpening.Read(letter, titleCouncil, titlePage, LetterDate(document));
        if (visit.CouncilName is null)
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, "the council in the focused visit's title or opening ('Focused visit to <council> children's services')", "no council's name");
        if (visit.Dates is null)
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, "the visit dates in the opening ('... children's services on 7 and 8 March 2018.')", "no readable dates");

        var sections = new SectionReader(document);
        var unread = new List<string>();
        var lead = Signatory(document);
        var inspectors = visit.Inspectors.ToList();
        if (lead is not null)
        {
            inspectors.Remove(lead.Value);
            inspectors.Insert(0, lead.Value);
        }
        if (inspectors.Count == 0) unread.Add("inspectors: no 'The inspectors were ...' sentence and no signatory");
        if (visit.AreaOfPractice is null) unread.Add("area of practice: no 'Inspectors looked at ...' sentence after the opening");

        var headline = sections.ParagraphsAfter(Headline(), Sections(), maxParagraphs: 6);
        if (headline.Count == 0) headline = sections.ItemsAfter(Findings(), Sections(), maxItems: 3);
        if (headline.Count == 0) unread.Add("headline findings: no 'Headline findings', 'Overview' or 'Findings' section");
        var improve = sections.ItemsAfter(WhatNeedsToImprove(), Sections());
        var priority = sections.ItemsAfter(AreasForPriorityAction(), Sections()).Where(i => !IsLeadIn(i.Value)).ToList();
        var earlier = priority.Count == 0 ? EarlierPriorityActions(letter) : null;
        // A letter that says it names areas for priority action, with no section of them read, is not one without any.
        var priorityUnread = priority.Count == 0 && earlier is null && PriorityActionMention().Match(letter.Text) is { Success: true } mention
            ? new UnreadField("areasForPriorityAction", $"the letter mentions '{mention.Value}' but no section listing them was read")
            : null;

        return ReadResult.Success(new InspectionReport
        {
            Council = new Council(visit.CouncilName, CouncilKeys.FromName(visit.CouncilName), visit.CouncilPage),
            Framework = Framework.FocusedVisit,
            InspectionDates = visit.Dates,
            PublicationDate = TitleBlockReader.ReadPublicationDate(document, sourceName),
            LeadInspector = lead,
            Judgements = [],
            OverallEffectiveness = new OverallEffectiveness(false, null, NoGrade),
            Headline = headline,
            WhatNeedsToImprove = improve,
            Strengths = [],
            ProgressSinceLastInspection = [],
            PageCount = document.Pages.Count,
            FocusedVisit = new FocusedVisitFindings
            {
                AreaOfPractice = visit.AreaOfPractice,
                Inspectors = inspectors,
                AreasForPriorityAction = priority,
                EarlierPriorityActions = earlier,
                Unread = unread,
            },
            Unread = priorityUnread is null ? [] : [priorityUnread],
        });
    }

    private static (string? Council, int Page) TitleCouncil(LayoutDocument document)
    {
        var page = document.Pages[0];
        for (var i = 0; i < page.Lines.Count; i++)
        {
            var text = page.Lines[i].Text.Trim();
            if (!text.StartsWith("Focused visit to", StringComparison.OrdinalIgnoreCase)) continue;
            // A title that runs onto a second line ("... Kensington and Chelsea children's" / "services").
            if (!text.EndsWith("services", StringComparison.OrdinalIgnoreCase) && i + 1 < page.Lines.Count && page.Lines[i + 1].IsBold == page.Lines[i].IsBold)
                text += " " + page.Lines[i + 1].Text.Trim();
            return (FocusedVisitOpening.CouncilFromTitle(Straight(text)), page.Number);
        }
        return (null, page.Number);
    }

    /// <summary>The lead inspector signs the letter: the name line above the last "Her/His Majesty's Inspector".</summary>
    private static Sourced<string>? Signatory(LayoutDocument document)
    {
        foreach (var page in document.Pages.Reverse())
        {
            for (var i = page.Lines.Count - 1; i >= 1; i--)
            {
                if (!SignatureRole().IsMatch(TextNormalizer.ForMatching(page.Lines[i].Text))) continue;
                var name = page.Lines[i - 1].Text.Trim().TrimEnd('.');
                return name.Length is > 3 and < 60 && name.Split(' ').Length <= 4 && !name.Contains(',') ? new Sourced<string>(name, page.Number) : null;
            }
        }
        return null;
    }

    /// <summary>The date the letter is written on: the first line of its first page that is a date alone.</summary>
    private static DateOnly? LetterDate(LayoutDocument document)
    {
        foreach (var line in document.Pages[0].Lines.Take(20))
            if (DateText.TryParseDate(line.Text.Trim(), out var date) && line.Text.Trim().Length <= 20) return date;
        return null;
    }

    private static Sourced<string>? EarlierPriorityActions(LetterText letter)
    {
        var m = EarlierPriorityActionSentence().Match(letter.Text);
        if (!m.Success) return null;
        var start = letter.Text.LastIndexOf(". ", m.Index, StringComparison.Ordinal) is var dot and >= 0 ? dot + 2 : 0;
        return new Sourced<string>(letter.SentenceFrom(start), letter.PageAt(start));
    }

    private static bool IsLeadIn(string item) => item.TrimEnd().EndsWith(':');

    private static string Straight(string text) => text.Replace('\u2019', '\'').Replace('\u2018', '\'');

    [GeneratedRegex(@"^(?:her|his) majesty's inspector$")]
    private static partial Regex SignatureRole();

    [GeneratedRegex(@"^(?:headline findings|overview)\b")]
    private static partial Regex Headline();

    [GeneratedRegex(@"^findings$")]
    private static partial Regex Findings();

    [GeneratedRegex(@"^what needs to improve")]
    private static partial Regex WhatNeedsToImprove();

    // The heading as Ofsted words it ("Areas for priority action"), and its variants ("Area of priority action",
    // "Areas requiring priority action", "Areas for immediate priority action", "Priority actions").
    [GeneratedRegex(@"^(?:areas? (?:for|of|requiring|needing) (?:immediate |urgent )?priority action|priority actions?$)")]
    private static partial Regex AreasForPriorityAction();

    [GeneratedRegex(@"\bareas? (?:for|of|requiring|needing) (?:immediate |urgent )?priority action", RegexOptions.IgnoreCase)]
    private static partial Regex PriorityActionMention();

    // Where one section ends in a letter: the next of its headings, or the closing.
    [GeneratedRegex(@"^(?:headline findings|overview|main findings|findings$|areas? (?:for|of|requiring|needing) (?:immediate |urgent )?priority action|priority actions?$|what needs to improve|yours sincerely|ofsted will take)")]
    private static partial Regex Sections();

    // "In addition to the existing areas for priority action, ..." (a later visit to a council with earlier ones).
    [GeneratedRegex(@"\b(?:existing|previous|outstanding|earlier) areas for priority action\b|\bareas for priority action (?:identified|set out) (?:at|in|during) (?:the|a) (?:previous|earlier|last)", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierPriorityActionSentence();
}
