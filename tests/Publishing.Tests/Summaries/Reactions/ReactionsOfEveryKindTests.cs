using System.Net;
using System.Text.RegularExpressions;
using Publishing.Statements;
using Publishing.Statements.Classification;
using Publishing.Summaries.Model;
using Xunit.Abstractions;

namespace Publishing.Tests.Summaries.Reactions;

/// <summary>
/// A real report (Knowsley 2025, from ../shared) with reactions of every kind. The statements are MADE UP for this
/// test (no real person or body said them): a council accepting, an academic attacking the framework with quotations
/// nested three deep, a union pasted inside its own quotation marks, Ofsted's reply and an ADCS statement and an LGA one
/// pasted with their attributions inside (before, after and splitting the words), a charity with apostrophes, and the Department for Education.
/// </summary>
public partial class ReactionsOfEveryKindTests(ITestOutputHelper output)
{
    private const string ReportFile = "knowsley-2025-01-20.pdf";
    private const string ReportId = "knowsley-2025-01-20";
    private static readonly DateTimeOffset Noon = new(2025, 1, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly LocalStatementClassifier Classifier = new(KnownCouncils.Empty);

    private static readonly (string Id, string Speaker, string? Role, string Body, string BodyKind, string Text)[] MadeUp =
    [
        ("made-up-council", "Cllr Jane Smith", "Cabinet member for children's services", "Knowsley Council", "council",
            "We accept the findings of this report in full.\n\nChildren in Knowsley deserve better, and we have already begun to strengthen management oversight."),
        ("made-up-academic", "Professor Alan Reeve", "Professor of Social Work; Kingston University", "Kingston University", "independent",
            "Prof Reeve said: \"Ofsted's framework reduces a whole service to a single word. As one social worker told me, \"they called our work 'inadequate' without reading a single case file.\" That is not inspection; it is theatre.\""),
        ("made-up-union", "Dan Whitlow", "Regional organiser", "UNISON North West", "union",
            "“This judgement reflects a decade of cuts. Social workers in Knowsley carry caseloads far above safe levels.”"),
        ("made-up-ofsted", "Ofsted spokesperson", "spokesperson", "Ofsted", "regulator",
            "An Ofsted spokesperson said: “We know this is a difficult report for Knowsley. Our inspectors found that too many children waited too long for help, and we will monitor the council's progress closely.”"),
        ("made-up-adcs", "Jo Example", "President, ADCS", "ADCS", "sector-body",
            "“Directors across the country recognise the pressures described in this report.\n\n“We stand ready to support colleagues in Knowsley,” said Jo Example, President of ADCS."),
        ("made-up-charity", "Hannah Okafor", "Chief executive", "Barnardo's", "charity",
            "Barnardo's welcomes the report's focus on care leavers' housing. But we are deeply worried that children's needs were missed for so long."),
        ("made-up-dfe", "Department for Education spokesperson", null, "Department for Education", "government",
            "We are clear that the council must improve quickly, and we will appoint a commissioner to oversee children's services."),
        ("made-up-lga", "Cllr Sam Reed", "Chair, Children and Young People Board", "Local Government Association", "sector-body",
            "\"Councils need stable funding to recruit social workers,\" said Cllr Sam Reed, chair of the LGA's Children and Young People Board. \"Inspection alone cannot deliver it.\""),
    ];

    private static StatementRecord Record((string Id, string Speaker, string? Role, string Body, string BodyKind, string Text) s) => new()
    {
        Id = s.Id,
        ReportId = ReportId,
        Text = s.Text,
        SpeakerName = s.Speaker,
        SpeakerRole = s.Role,
        Body = new SubmittingBody(s.Body, s.BodyKind),
        ReceivedAt = Noon.AddMinutes(-MadeUp.Length + Array.FindIndex(MadeUp, m => m.Id == s.Id)),
        Classification = Classifier.Classify(new StatementInput(s.Text, s.Speaker, s.Role ?? "", s.Body)),
    };

    private PressSummary Summary()
    {
        Skip.If(!RepositoryPaths.CorpusPresent, RepositoryPaths.CorpusMissing);
        return SummaryFixtures.Compose(SummaryFixtures.Corpus(ReportFile), SummaryFixtures.WithOutcomes(), MadeUp.Select(Record).ToList(), Noon);
    }

    [SkippableFact]
    public void Compose_ReactionsOfEveryKind_ReadCleanlyInEveryForm()
    {
        var summary = Summary();
        var forms = SummaryFixtures.RenderAll(summary);
        foreach (var (format, text) in forms.Where(f => f.Key != "json")) output.WriteLine($"===== {format}\n{text}");

        foreach (var (format, raw) in forms.Where(f => f.Key != "json"))
        {
            var copy = Visible(format, raw);
            Assert.False(Doubled().IsMatch(copy), $"{format}: doubled quotation marks at '{Doubled().Match(copy).Value}'");
            Assert.DoesNotContain("spokesperson said", copy, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("said Jo Example", copy, StringComparison.Ordinal);
            Assert.DoesNotContain("Prof Reeve said", copy, StringComparison.Ordinal);
            Assert.DoesNotContain("said Cllr Sam Reed", copy, StringComparison.Ordinal);
            foreach (var internalWord in new[] { "made-up-", "not yet classified", "score", "cue", "classif\\w*", "null", "unknown", "not configured", "stance" })
                Assert.False(Regex.IsMatch(copy, $@"\b{internalWord}\b", RegexOptions.IgnoreCase), $"{format}: internal '{internalWord}' in the copy");
            // Each byline once, with no part repeated.
            foreach (var byline in summary.AllStatements.Select(s => s.Byline))
            {
                var parts = byline.Split(", ");
                Assert.Equal(parts.Length, parts.Distinct(StringComparer.OrdinalIgnoreCase).Count());
                Assert.Single(Regex.Matches(copy, Regex.Escape(byline) + ":"));
            }
            // Ofsted's reply under its own heading, after the sector's and never among them.
            var sector = copy.IndexOf("Sector response", StringComparison.OrdinalIgnoreCase);
            var ofsted = copy.IndexOf("Ofsted's response", StringComparison.OrdinalIgnoreCase);
            var reply = copy.IndexOf("We know this is a difficult report", StringComparison.Ordinal);
            Assert.True(sector >= 0 && ofsted > sector && reply > ofsted, $"{format}: Ofsted's reply is not under its own heading");
            var government = copy.IndexOf("The government's response", StringComparison.OrdinalIgnoreCase);
            Assert.True(government > ofsted && copy.IndexOf("appoint a commissioner", StringComparison.Ordinal) > government, $"{format}: the DfE statement is not under the government's heading");
        }

        Assert.Equal(
            ["Cllr Jane Smith, Cabinet member for children's services, Knowsley Council", "Professor Alan Reeve, Professor of Social Work, Kingston University",
             "Dan Whitlow, Regional organiser, UNISON North West", "Ofsted spokesperson", "Jo Example, President of ADCS",
             "Hannah Okafor, Chief executive, Barnardo's", "Department for Education spokesperson",
             "Cllr Sam Reed, chair of the LGA's Children and Young People Board, Local Government Association"],
            MadeUp.Select(m => summary.AllStatements.Single(s => s.Id == m.Id).Byline));
    }

    [SkippableFact]
    public void Compose_ReactionsOfEveryKind_KeepParagraphsAndNestQuotations()
    {
        var summary = Summary();
        SummaryStatement Shown(string id) => summary.AllStatements.Single(s => s.Id == id);

        Assert.Equal(["We accept the findings of this report in full.", "Children in Knowsley deserve better, and we have already begun to strengthen management oversight."],
            Shown("made-up-council").Paragraphs);
        Assert.Equal(["Ofsted’s framework reduces a whole service to a single word. As one social worker told me, ‘they called our work “inadequate” without reading a single case file.’ That is not inspection; it is theatre."],
            Shown("made-up-academic").Paragraphs);
        Assert.Equal(["This judgement reflects a decade of cuts. Social workers in Knowsley carry caseloads far above safe levels."], Shown("made-up-union").Paragraphs);
        Assert.Equal(["Directors across the country recognise the pressures described in this report.", "We stand ready to support colleagues in Knowsley."],
            Shown("made-up-adcs").Paragraphs);
        Assert.Equal(["Councils need stable funding to recruit social workers. Inspection alone cannot deliver it."], Shown("made-up-lga").Paragraphs);
        Assert.StartsWith("We know this is a difficult report", Assert.Single(Shown("made-up-ofsted").Paragraphs), StringComparison.Ordinal);

        var inspectorate = Assert.Single(summary.SectorResponse, g => g.Voice == ResponseVoice.Inspectorate);
        Assert.Equal(("Ofsted's response", null), (inspectorate.Title, inspectorate.Stance));
        Assert.Equal(["made-up-ofsted"], inspectorate.Statements.Select(s => s.Id));
        Assert.Equal(["made-up-dfe"], Assert.Single(summary.SectorResponse, g => g.Voice == ResponseVoice.Government).Statements.Select(s => s.Id));
        Assert.DoesNotContain(summary.SectorResponse.Where(g => g.Voice == ResponseVoice.Sector).SelectMany(g => g.Statements), s => s.Id is "made-up-ofsted" or "made-up-dfe");
        // Every key quote is the statement's own words as printed, found in its paragraphs.
        Assert.All(summary.AllStatements.Where(s => s.KeyQuote is not null), s => Assert.Contains(s.Paragraphs, p => p.Contains(s.KeyQuote!, StringComparison.Ordinal)));
    }

    // What a reader sees: HTML without tags and entities, and no addresses (statement ids stand in their links).
    private static string Visible(string format, string text)
    {
        if (format == "html") text = WebUtility.HtmlDecode(Regex.Replace(Regex.Replace(text, "<style>.*?</style>", "", RegexOptions.Singleline), "<[^>]+>", " "));
        if (format == "markdown") text = text.Replace("\\", "").Replace("**", "");
        return Regex.Replace(Regex.Replace(text, @"\(?<?https?://\S+", " "), @"\s+", " ");
    }

    [GeneratedRegex("““|””|‘‘|’’|\"\"|''")]
    private static partial Regex Doubled();
}
