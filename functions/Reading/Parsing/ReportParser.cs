using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>Turns a laid-out document into an <see cref="InspectionReport"/>, or says exactly why it cannot.</summary>
internal static partial class ReportParser
{
    public static ReadResult Parse(LayoutDocument document, string? sourceName)
    {
        if (document.Pages.Count == 0 || document.Pages.All(p => p.Lines.Count == 0))
            return ReadResult.Fail(ReadFailureKind.NoText, "pages with text", document.Pages.Count == 0 ? "no pages" : $"{document.Pages.Count} page(s) without extractable text (scanned images?)");

        var family = FrameworkDetector.Detect(document.Pages[0]);
        var ofsted = family != FrameworkDetector.Family.None || NamesOfsted(document);
        if (family == FrameworkDetector.Family.None && ofsted) family = StructureDetector.Detect(document);
        if (family == FrameworkDetector.Family.None)
        {
            var firstLine = document.Pages[0].Lines.FirstOrDefault()?.Text ?? "";
            return ofsted
                ? ReadResult.Fail(ReadFailureKind.UnknownLayout, "the title of an Ofsted children's services inspection (SIF, ILACS or the 2013 looked after children inspection)", $"an Ofsted document titled '{Trim(firstLine)}'")
                : ReadResult.Fail(ReadFailureKind.NotAnOfstedReport, "an Ofsted children's services inspection report", $"a document beginning '{Trim(firstLine)}'");
        }

        // What a read needs is which council and which document; any other field it cannot read is marked unread.
        var unread = new List<UnreadField>();
        var council = TitleBlockReader.ReadCouncil(document, family);
        var councilSource = CouncilSource.Text;
        if (council is null)
        {
            const string Problem = "no council's name (ten words at most, no sentence) before or in the title";
            council = TitleBlockReader.CouncilFromFileName(sourceName);
            if (council is null)
                return ReadResult.Fail(ReadFailureKind.UnknownLayout, "the council's name in the title block, or a file named council-yyyy-mm-dd.pdf", Problem);
            councilSource = CouncilSource.BlobName;
            unread.Add(new UnreadField("council", $"expected the council's name in the title block; found {Problem}; taken from the file name"));
        }
        var dates = TitleBlockReader.ReadInspectionDates(document);
        if (dates is null) unread.Add(new UnreadField("inspectionDates", "expected 'Inspection dates: ...' on the first pages; found no readable inspection dates"));

        var publication = TitleBlockReader.ReadPublicationDate(document, sourceName);
        if (publication is null && dates is null)
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, "which report this is: a publication date (file name or printed) or inspection dates", "neither");
        if (family == FrameworkDetector.Family.LscbReview)
            return LscbReviewParser.Parse(document, new TitleFacts(council, councilSource, dates, publication, unread));

        var profiles = FrameworkProfiles.Of(family).ToList();
        var (searchFrom, searchTo) = TablePages(document, profiles[0]);
        var table = JudgementTableReader.Read(document, searchFrom, searchTo, keys => FrameworkProfiles.IsWholeTable(family, keys));
        if (table.Problem is not null)
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, "a judgement table of known rows and Ofsted grades", table.Problem);

        var judgements = table.Rows.ToList();
        if (profiles[0].Overall == OverallSource.Sentence)
        {
            var overall = HeadlineJudgementReader.ReadSifOverall(document);
            if (overall.Judgement is null)
                return ReadResult.Fail(ReadFailureKind.UnknownLayout, "the overall judgement sentence on the first page", overall.Problem);
            judgements.Insert(0, overall.Judgement);
        }

        var keys = judgements.Select(j => j.Key).ToList();
        var framework = profiles.Count == 1
            ? profiles[0].Framework
            : FrameworkDetector.IlacsEra(keys, publication?.Date.Year ?? LikelyPublicationYear(document, dates!.Value));
        var profile = FrameworkProfiles.For(framework);
        var expected = FrameworkProfiles.ExpectedTableRows(framework, keys.Contains(JudgementKeys.InCareAndCareLeavers)).ToHashSet();
        if (profile.Overall == OverallSource.Sentence) expected.Add(JudgementKeys.OverallEffectiveness);
        if (keys.Count != keys.Distinct().Count() || !expected.SetEquals(keys))
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, $"the {framework.FrameworkName()} judgements ({string.Join(", ", expected.Order())})", $"rows {string.Join(", ", keys)}");
        if (framework == Framework.Ilacs2026 && (dates?.Value.End.Year ?? publication!.Date.Year) < 2026)
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, "an overall effectiveness row (reports before 2026 always give one)", "an ILACS table without overall effectiveness");
        // The 2026 format is told by what is missing; make sure it is missing, not missed: no line of its first pages
        // is labelled "Overall effectiveness" (the 2023 format's table row; 2026 reports never print the words there).
        if (framework == Framework.Ilacs2026 && OverallEffectivenessLine(document) is { } printed)
            return ReadResult.Fail(ReadFailureKind.UnknownLayout, "the overall effectiveness row read with the judgement table, or none printed (the 2026 format)", $"'Overall effectiveness' on page {printed} but not in the judgement table as read");

        Judgement? lscb = null;
        if (profile.MayIncludeLscb)
        {
            // Some reports append the LSCB review without naming it in the title, so look whenever the framework has one.
            lscb = HeadlineJudgementReader.ReadLscb(document);
            if (lscb is null && HeadlineJudgementReader.ReportIncludesLscbReview(document))
                return ReadResult.Fail(ReadFailureKind.UnknownLayout, "the LSCB review's judgement (the title says the report includes it)", "no sentence stating the LSCB's effectiveness");
            if (lscb is not null) judgements.Add(lscb);
        }

        var overallJudgement = judgements.FirstOrDefault(j => j.Key == JudgementKeys.OverallEffectiveness);
        var sections = new SectionReader(document);
        var headline = ReadHeadline(document, sections, family, table);
        var progress = sections.ItemsAfter(Progress());
        return ReadResult.Success(new InspectionReport
        {
            Council = council,
            CouncilSource = councilSource,
            Framework = framework,
            InspectionDates = dates,
            PublicationDate = publication,
            StatedPublicationDate = TitleBlockReader.ReadStatedPublicationDate(document),
            LeadInspector = TitleBlockReader.ReadLeadInspector(document),
            Judgements = judgements,
            OverallEffectiveness = overallJudgement is not null
                ? new OverallEffectiveness(true, overallJudgement, $"Overall effectiveness: {overallJudgement.GradeWords}")
                : new OverallEffectiveness(false, null, "This report gives no overall effectiveness grade (the 2026 ILACS format grades only the sub-judgements)."),
            Lscb = lscb,
            Headline = headline,
            WhatNeedsToImprove = sections.ItemsAfter(WhatNeedsToImproveHeading()) is { Count: > 0 } improve ? improve : sections.ItemsAfter(AreasForImprovement()),
            Strengths = sections.ItemsAfter(Strengths()),
            ProgressSinceLastInspection = progress,
            PreviousInspection = PreviousInspectionReader.Read(sections, headline.Concat(progress)),
            PageCount = document.Pages.Count,
            Unread = unread,
        });
    }

    private static IReadOnlyList<Sourced<string>> ReadHeadline(LayoutDocument document, SectionReader sections, FrameworkDetector.Family family, JudgementTableReader.TableResult table)
    {
        if (family == FrameworkDetector.Family.Ilacs && table.Rows.Count > 0)
        {
            var page = document.Pages.First(p => p.Number == table.Rows[^1].Page);
            // Up to "What needs to improve", or where an outstanding council has none, the first judgement's section.
            return sections.ParagraphsBetween(page.Number, table.Bottom + page.LinePitch * 1.2);
        }
        return sections.ParagraphsAfter(ExecutiveSummary());
    }

    /// <summary>The pages a profile's table is searched on: the first four, or the page under its own heading.</summary>
    private static (int From, int To) TablePages(LayoutDocument document, FrameworkProfile profile)
    {
        var underHeading = profile.TableHeading is { } heading
            ? document.Pages.LastOrDefault(p => p.Lines.Any(l => TextNormalizer.ForMatching(l.Text).StartsWith(heading, StringComparison.Ordinal)))
            : null;
        return underHeading is not null ? (underHeading.Number, underHeading.Number + 1) : (1, Math.Min(4, document.Pages.Count));
    }

    /// <summary>Without a publication date, the day the PDF was made stands closer to it than the inspection's last
    /// day, unless it is far from the inspection (a PDF made again years later).</summary>
    private static int LikelyPublicationYear(LayoutDocument document, InspectionDates dates) =>
        document.Created is { } created && created >= dates.End && created <= dates.End.AddMonths(6) ? created.Year : dates.End.Year;

    private static int? OverallEffectivenessLine(LayoutDocument document) =>
        document.Pages.Take(4).FirstOrDefault(p => p.Lines.Any(l => TextNormalizer.ForMatching(l.Text).StartsWith("overall effectiveness", StringComparison.Ordinal)))?.Number;

    // The marker may be anywhere, on the back page alone in some reports.
    private static bool NamesOfsted(LayoutDocument document) =>
        document.Pages.Any(p => p.Lines.Any(l => l.Text.Contains("Ofsted", StringComparison.OrdinalIgnoreCase)));

    private static string Trim(string text) => text.Length > 80 ? text[..80] + "…" : text;

    [GeneratedRegex(@"^(?:what needs to improve|what does the local authority need to improve|recommendations$)")]
    internal static partial Regex WhatNeedsToImproveHeading();

    // The 2013 looked after children inspections' heading for the same list (actions grouped under "Immediately:",
    // "Within three months:"...), read only where no heading above was found.
    [GeneratedRegex(@"^areas for improvement$")]
    private static partial Regex AreasForImprovement();

    // "The local authority's strengths", or in the first SIF reports "The local authority has the following strengths:".
    [GeneratedRegex(@"^the local authority(?:'s strengths| has the following strengths)")]
    private static partial Regex Strengths();

    [GeneratedRegex(@"^progress since the last inspection")]
    private static partial Regex Progress();

    // SIF: "Executive summary", "Summary of findings", or in the first reports "Summary of key findings" (sometimes
    // run into the part's title: "Section 1: the local authority - summary of findings").
    [GeneratedRegex(@"^(?:executive summary|(?:.* - )?summary of (?:key )?findings)")]
    private static partial Regex ExecutiveSummary();
}
