using System.Text.RegularExpressions;
using Publishing.Reading.Layout;
using Publishing.Reading.Model;

namespace Publishing.Reading.Parsing;

/// <summary>
/// Reads the judgements SIF reports state in sentences rather than in the table: the overall judgement
/// ("Children's services in X require improvement to be good") and the LSCB's.
/// </summary>
internal static partial class HeadlineJudgementReader
{
    public static Judgement? ReadSifOverall(LayoutDocument document)
    {
        var page = document.Pages[0];
        for (var i = 0; i < page.Lines.Count; i++)
        {
            var text = page.Lines[i].Text.Trim();
            var sentence = string.Join(" ", page.Lines.Skip(i).Take(3).Select(l => l.Text.Trim()));
            var normal = TextNormalizer.ForMatching(sentence);
            var lead = OverallLead().Match(normal);
            if (!lead.Success) continue;
            var grade = GradePhrases.FirstInSentence(normal[lead.Length..]);
            if (!grade.Success) continue;
            var label = Regex.Replace(sentence, @"\s+", " ");
            var end = label.IndexOf(grade.Value, lead.Length, StringComparison.OrdinalIgnoreCase);
            label = end > 0 ? label[..(end + grade.Value.Length)] : text;
            return new Judgement(JudgementKeys.OverallEffectiveness, label, GradePhrases.FromWords(grade.Value), grade.Value, page.Number);
        }
        return null;
    }

    public static bool ReportIncludesLscbReview(LayoutDocument document) =>
        TextNormalizer.ForMatching(string.Join(" ", document.Pages[0].Lines.Take(10).Select(l => l.Text)))
            .Contains("review of the effectiveness of the local safeguarding");

    public static Judgement? ReadLscb(LayoutDocument document)
    {
        foreach (var page in document.Pages)
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

    [GeneratedRegex(@"^(?:the overall judgement is|children's services in .+? (?=are|is|requires?\b)|services for children in .+? (?=are|is|requires?\b))")]
    private static partial Regex OverallLead();

    [GeneratedRegex(@"(?:^|\n)(?:The judgement for the effectiveness of the|The effectiveness of the|The)\s+(?:Local\s+Safeguarding\s+Children(?:.s)?\s+Board|LSCB)(?:\s*\(LSCB\))?\s+(?:is\s+(?:judged\s+to\s+be\s+)?)?(?<grade>requires?\s+improvement(?:\s+to\s+be\s+good)?|outstanding|good|inadequate)(?=\s*(?:\n|$|\.|:|because))", RegexOptions.IgnoreCase)]
    private static partial Regex LscbSentence();
}
