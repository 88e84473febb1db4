using System.Text.RegularExpressions;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>
/// The previous inspection's outcome where the report states it. SIF reports list their previous Ofsted inspections
/// ("The previous inspection of the local authority's safeguarding arrangements was in July 2012. The local authority
/// was judged to be inadequate."); otherwise the opening paragraphs or the progress section say it in a sentence
/// ("Since the last inspection in 2021, when services were judged ...").
/// </summary>
internal static partial class PreviousInspectionReader
{
    public static Sourced<string>? Read(SectionReader sections, IEnumerable<Sourced<string>> paragraphs) =>
        FromInspectionList(sections) ?? FromSentences(paragraphs);

    // The list's own heading, else (where a report prints the list straight under it) the area information heading.
    private static Sourced<string>? FromInspectionList(SectionReader sections)
    {
        foreach (var heading in new[] { InspectionListHeading(), AreaInformationHeading() })
        {
            var statements = sections.ItemsAfter(heading).Where(i => StatesOutcome(i.Value)).ToList();
            if (statements.Count > 0) return new Sourced<string>(string.Join(" ", statements.Select(s => s.Value)), statements[0].Page);
        }
        return null;
    }

    // An entry about the council's own previous inspection and its grade ("The local authority was inadequate.");
    // children's homes ("most recent inspection") and separately inspected adoption or fostering services are other inspections.
    private static bool StatesOutcome(string item)
    {
        var firstSentence = SentenceEnd().Split(item)[0];
        return LastInspection().IsMatch(firstSentence) && !SingleService().IsMatch(firstSentence) && Grade().IsMatch(item);
    }

    private static Sourced<string>? FromSentences(IEnumerable<Sourced<string>> paragraphs)
    {
        foreach (var paragraph in paragraphs)
        {
            var sentences = SentenceEnd().Split(paragraph.Value).Select(s => s.Trim()).ToList();
            for (var i = 0; i < sentences.Count; i++)
            {
                if (!LastInspection().IsMatch(sentences[i])) continue;
                if (JudgedWithGrade().IsMatch(sentences[i])) return new Sourced<string>(sentences[i], paragraph.Page);
                // "The last Ofsted inspection of ... was in April 2013. The local authority was judged to be inadequate."
                if (i + 1 < sentences.Count && Judged().IsMatch(sentences[i + 1]) && Grade().IsMatch(sentences[i + 1]) && !LastInspection().IsMatch(sentences[i + 1]))
                    return new Sourced<string>($"{sentences[i]} {sentences[i + 1]}", paragraph.Page);
            }
        }
        return null;
    }

    [GeneratedRegex(@"^(?:previous ofsted inspections|other ofsted inspections)")]
    private static partial Regex InspectionListHeading();

    [GeneratedRegex(@"^information about this local authority area")]
    private static partial Regex AreaInformationHeading();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z‘'])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\b(?:last|previous)(?: (?:full|standard|single|ILACS|Ofsted))? inspect(?:ion|ed)\b|\blast inspected\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastInspection();

    [GeneratedRegex(@"\b(?:adoption|fostering) (?:service|agency)|\bchildren.s homes?\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingleService();

    [GeneratedRegex(@"\b(?:judged|judgements?|judgments?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Judged();

    [GeneratedRegex(@"\b(?:inadequate|adequate|requires? improvement|good|outstanding)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Grade();

    [GeneratedRegex(@"\b(?:last|previous)(?: (?:full|standard|single|ILACS|Ofsted))? inspection\b.*\b(?:judged|rated|found)\b.*\b(?:inadequate|adequate|requires? improvement|good|outstanding)\b", RegexOptions.IgnoreCase)]
    private static partial Regex JudgedWithGrade();
}
