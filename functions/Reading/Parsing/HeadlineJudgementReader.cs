using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>
/// Reads the judgements SIF reports state in sentences rather than in the table: the overall judgement
/// ("Children's services in X require improvement to be good", also without "in X", or in the singular "children's
/// service requires improvement") and the LSCB's.
/// </summary>
internal static partial class HeadlineJudgementReader
{
    /// <param name="Problem">What stood where the judgement should be, when <paramref name="Judgement"/> is null.</param>
    public sealed record OverallResult(Judgement? Judgement, string Problem);

    public static OverallResult ReadSifOverall(LayoutDocument document)
    {
        var page = document.Pages[0];
        for (var i = 0; i < page.Lines.Count; i++)
        {
            var text = page.Lines[i].Text.Trim();
            var sentence = string.Join(" ", page.Lines.Skip(i).Take(3).Select(l => l.Text.Trim()));
            var normal = TextNormalizer.ForMatching(sentence);
            var m = OverallSentence().Match(normal);
            if (!m.Success) continue;
            var label = Regex.Replace(sentence, @"\s+", " ");
            // "...are not yet good", or a place name that runs into a clause ("...in X have not improved and leadership
            // is good", "...in X have improved since the inspection, which is good"): the grade is not the judgement.
            if (m.Groups["negated"].Success || ClauseWords().IsMatch(m.Groups["place"].Value))
                return new OverallResult(null, $"an overall judgement sentence whose grade is negated or belongs to another clause: '{label[..Math.Min(label.Length, m.Length)]}'");
            var grade = m.Groups["grade"];
            var end = label.IndexOf(grade.Value, grade.Index, StringComparison.OrdinalIgnoreCase);
            label = end > 0 ? label[..(end + grade.Length)] : text;
            return new OverallResult(new Judgement(JudgementKeys.OverallEffectiveness, label, GradePhrases.FromWords(grade.Value), grade.Value, page.Number), "");
        }
        return new OverallResult(null, "no sentence stating the overall judgement");
    }

    public static bool ReportIncludesLscbReview(LayoutDocument document) =>
        TextNormalizer.ForMatching(string.Join(" ", document.Pages[0].Lines.Take(10).Select(l => l.Text)))
            .Contains("review of the effectiveness of the local safeguarding");

    public static Judgement? ReadLscb(LayoutDocument document, int pages = int.MaxValue)
    {
        foreach (var page in document.Pages.Take(pages))
        {
            var text = string.Join("\n", page.Lines.Select(l => l.Text.Trim()));
            var m = LscbSentence().Match(text);
            if (!m.Success) continue;
            var printed = m.Groups["grade"].Value;
            var label = Regex.Replace(m.Value, @"\s+", " ").Trim();
            return new Judgement(JudgementKeys.Lscb, label, GradePhrases.FromWords(printed), Regex.Replace(printed, @"\s+", " "), page.Number);
        }
        return null;
    }

    // The grade stands in the judgement position: straight after "are"/"is" (optionally "now", "judged to be") or as
    // "require(s) improvement", also after "have improved and" (re-inspections); a negation there is captured so that
    // it is refused, not read past.
    // The place name may not run into the next sentence (except "St." as in St. Helens).
    [GeneratedRegex(@"
        ^(?: the\ overall\ judgement
           | (?:the\ overall\ judgement\ is\ that\ )?(?:children's\ services?|services\ for\ children)\ in\ (?<place>(?:st\.\ |[^.;:])+?)
           | (?:the\ overall\ judgement\ is\ that\ )?(?:the\ )?(?:children's\ services?|services\ for\ children) )
        \s+
        (?:(?:have|has)\s+(?:improved|declined|deteriorated)(?:\s+since\s+the\s+last\s+inspection)?\s+and\s+)?
        (?: (?<negated>(?:(?:are|is|do|does)\s+)?(?:not|no\s+longer)\b)
          | (?:are|is)\s+(?:now\s+)?(?:judged\s+(?:to\s+be\s+)?)?(?<grade>requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|good|inadequate)\b
          | (?:now\s+)?(?<grade>requires?\s+improvement(?:\s+to\s+be\s+good)?)\b )",
        RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex OverallSentence();

    // Words no council's name contains: negations, and words that start or carry another clause.
    [GeneratedRegex(@"\b(?:not|no|never|which|who|when|where|while|that|since|because|although|but|have|has|had|was|were|been)\b|n't\b")]
    private static partial Regex ClauseWords();

    [GeneratedRegex(@"(?:^|\n)(?:The judgement for the effectiveness of the|The effectiveness of the|The effectiveness of|The)\s+(?:[A-Z][\w'’.-]*\s+){0,4}?(?:Local\s+Safeguarding\s+Children(?:.s)?\s+Board|LSCB)(?:\s*\(LSCB\))?\s+(?:is\s+(?:judged\s+to\s+be\s+)?)?(?<grade>requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|good|inadequate)(?=\s*(?:\n|$|\.|:|because))", RegexOptions.IgnoreCase)]
    private static partial Regex LscbSentence();
}
