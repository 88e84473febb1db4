using System.Globalization;
using System.Text.RegularExpressions;
using Publishing.Reading.Model;
using Publishing.Reading.Parsing;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Context;

/// <summary>
/// Reads the year and the overall grade of the previous inspection from the report's sentence about it ("Since the last
/// inspection in 2022, when services were judged to require improvement to be good, ..."). The overall grade is read
/// only where the sentence gives it for the whole service: named as overall ("judged good overall", "Overall
/// effectiveness: inadequate"), or the one grade of a sentence that names no single service and no exception. A
/// sentence about one service ("services for children in care ... judged good") or about several earlier inspections
/// leaves the grade unread.
/// </summary>
internal static partial class PreviousInspectionStatement
{
    /// <summary>
    /// The reader's sentence about the previous inspection (one that gives its grade), else the first sentence of the
    /// headline or progress paragraphs that names the year of the last inspection ("Since the last inspection in 2022,
    /// senior leaders have ..."): from that one only the year is read, since its grades describe the services now.
    /// </summary>
    public static StatedPreviousInspection? Read(InspectionReport report)
    {
        if (Read(report.PreviousInspection) is { } judged) return judged;
        foreach (var paragraph in report.Headline.Concat(report.ProgressSinceLastInspection))
        {
            foreach (var sentence in SentenceEnd().Split(paragraph.Value))
            {
                if (CountInspections(sentence) != 1 || YearRightAfter().Match(sentence) is not { Success: true } named) continue;
                var year = int.Parse(named.Groups["year"].Value, CultureInfo.InvariantCulture);
                return new StatedPreviousInspection(sentence.Trim(), FactSource.ReportPage(paragraph.Page), year, null, null,
                    ["overall grade: the report names the year of its last inspection but not its grade"]);
            }
        }
        return null;
    }

    public static StatedPreviousInspection? Read(Sourced<string>? statement)
    {
        if (statement is null) return null;
        var text = statement.Value;
        var unread = new List<string>();
        var several = CountInspections(text) > 1;
        var year = several ? null : Year(text);
        if (year is null)
            unread.Add(several
                ? "year: the report lists several earlier inspections of separate services"
                : "year: the report's sentence does not state the year of its previous inspection");
        var overall = Overall(text, out var why);
        if (overall is null) unread.Add($"overall grade: {why}");
        return new StatedPreviousInspection(text, FactSource.ReportPage(statement.Page), year, overall, overall?.ToOfstedWords(), unread);
    }

    private static int? Year(string text)
    {
        var at = LastInspection().Match(text);
        if (!at.Success) return null;
        // The year the phrase gives ("the last inspection in 2018, when ..."), else the first year after it in the same clause.
        var after = text[at.Index..];
        var clause = ClauseEnd().Match(after) is { Success: true } end ? after[..end.Index] : after;
        if (YearIn().Match(clause) is { Success: true } y) return int.Parse(y.Value, CultureInfo.InvariantCulture);
        // "In 2016, services were judged to require improvement to be good." as the sentence after the phrase.
        return LeadingYear().Match(after) is { Success: true } lead ? int.Parse(lead.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    private static Grade? Overall(string text, out string why)
    {
        why = "";
        if (CountInspections(text) > 1)
        {
            why = "the report lists several earlier inspections of separate services, none of the whole";
            return null;
        }
        if (ExplicitOverall().Match(text) is { Success: true } named) return GradePhrases.FromWords(named.Groups["grade"].Value);
        // Grades before the phrase describe the service now ("are of good quality ... since the last inspection").
        var phrase = new[] { LastInspection().Match(text), LastInspected().Match(text) }.Where(m => m.Success).Select(m => m.Index).DefaultIfEmpty(0).Min();
        var matches = GradeWords().Matches(text, phrase);
        var grades = matches.Select(m => GradePhrases.FromWords(m.Value)).Distinct().ToList();
        if (grades.Count == 0) { why = "the sentence names no grade"; return null; }
        if (grades.Count > 1) { why = "the sentence names more than one grade and none as the overall grade"; return null; }
        if (Exception().IsMatch(text)) { why = "the sentence gives the grade with an exception"; return null; }
        // The clause that gives the grade, with what precedes it ("Services for children in care ..., when they were judged good").
        var gradeEnd = matches[0].Index + matches[0].Length;
        var clauseEnd = text.IndexOfAny([',', ';'], gradeEnd);
        if (OneService().IsMatch(clauseEnd < 0 ? text : text[..clauseEnd])) { why = "the sentence gives the grade of one service, not the overall grade"; return null; }
        return grades[0];
    }

    private static int CountInspections(string text) => LastInspection().Matches(text).Count + LastInspected().Matches(text).Count;

    [GeneratedRegex(@"\b(?:last|previous)(?: (?:full|standard|single|ILACS|Ofsted))? inspection(?: report)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastInspection();

    [GeneratedRegex(@"\blast inspected\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastInspected();

    // "the last inspection in 2022", "the last ILACS inspection of Harrow in February 2020", "the previous inspection, in 2019".
    [GeneratedRegex(@"\b(?:last|previous)(?: (?:full|standard|single|ILACS|Ofsted))? inspection(?: of [A-Z][\w’' ]{1,60}?)?,? (?:was )?in (?:(?:\d{1,2} )?[A-Z][a-z]+ )?(?<year>(?:19|20)\d\d)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearRightAfter();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z‘'])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex YearIn();

    [GeneratedRegex(@"^[^.]*?\.\s+In ((?:19|20)\d\d),")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"\b(?:when|where)\b|[.;]")]
    private static partial Regex ClauseEnd();

    private const string Grades = @"(?:requires? improvement(?: to be good)?|required improvement|inadequate|outstanding|good|adequate)";

    [GeneratedRegex(@"\b(?:requires? improvement(?: to be good)?|required improvement|inadequate|outstanding|good|adequate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GradeWords();

    // "judged good overall", "judged overall as requires improvement to be good", "Overall effectiveness: inadequate",
    // "the overall effectiveness (of services) was judged to be inadequate", "It was overall judged to be inadequate",
    // "good for overall effectiveness" (where no single service is named; the caller checks the rest).
    [GeneratedRegex(@"(?:\b(?:judged|rated|found)(?: to be| as)? (?<grade>" + Grades + @") overall\b)|(?:\b(?:judged|rated) overall(?: to be| as)? (?<grade>" + Grades + @")\b)|(?:\boverall effectiveness:? (?:of [^.;:]{1,60}? )?(?:(?:was|were) )?(?:judged )?(?:to be |as )?(?<grade>" + Grades + @")\b)|(?:\boverall judged(?: to be| as)? (?<grade>" + Grades + @")\b)|(?:\b(?<grade>requires? improvement(?: to be good)?|required improvement) overall\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ExplicitOverall();

    [GeneratedRegex(@"\b(?:except|apart from|other than|with the exception|but not)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Exception();

    [GeneratedRegex(@"\b(?:children in care|looked after|looked-after|care leavers|help and protection|child protection|protection of children|safeguarding|adoption|fostering|leadership|front door|early help|one service)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OneService();
}
