using System.Text.RegularExpressions;

namespace Publishing.Statements.Classification;

/// <summary>
/// Whether a cue word is said of the inspection or of the service it judged. "Inconsistent", "unsupported",
/// "undervalued", "falls short", "not robust", "did not recognise" criticise the inspection only when the report,
/// judgement, findings, inspectors or grade is what they describe: "oversight was inconsistent", "social workers feel
/// undervalued" and "we did not recognise the scale of the problems" are the service's failings, often quoted from the
/// report itself ("the report found that ...").
/// </summary>
internal static partial class CueTarget
{
    private const int WordsBack = 10;
    private const int WordsForward = 3;
    private const int ObjectWords = 8;

    private static readonly HashSet<string> InspectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ofsted", "hmci", "inspector", "inspectors", "inspection", "inspections", "inspectorate", "report", "reports",
        "judgement", "judgements", "judgment", "judgments", "verdict", "verdicts", "finding", "findings", "grade", "grades",
        "grading", "rating", "ratings", "framework", "conclusion", "conclusions", "picture", "description", "portrayal",
        "characterisation", "characterization", "methodology", "criteria", "letter", "regime", "label", "labels",
        "decision", "outcome", "four-point", "single-word", "one-word", "word",
    };

    /// <summary>"The service described in this report": a depiction is the report's, whatever it depicts.</summary>
    private static readonly HashSet<string> DepictionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "described", "portrayed", "depicted", "painted", "presented", "characterised", "characterized",
    };

    private static readonly HashSet<string> ServiceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "practice", "practices", "oversight", "management", "manager", "managers", "leadership", "leaders", "assessments",
        "plan", "plans", "planning", "staff", "workers", "practitioners", "workforce", "support", "service", "services",
        "provision", "supervision", "caseload", "caseloads", "risk", "risks", "problems", "performance", "care", "help",
        "arrangements", "response", "partnership", "team", "teams", "recording", "records", "record-keeping",
        "information-sharing", "decision-making", "progress", "safeguarding", "outcomes",
    };

    private static readonly HashSet<string> ReportingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "found", "finds", "said", "says", "saw", "identified", "identifies", "identifying", "highlighted", "highlights",
        "highlighting", "noted", "notes", "noting", "observed", "observes", "concluded", "concludes", "heard",
    };

    private static readonly HashSet<string> PronounObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "them", "this", "these", "those",
    };

    private static readonly HashSet<string> PronounSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "they", "this", "these", "those",
    };

    /// <summary>
    /// True when the nearest thing judged is the inspection: the nearer of the last noun before the cue in the sentence
    /// (its subject) and a noun just after it ("inconsistent judgements", "unsupported by managers"). Pronouns are passed
    /// over, so "they underestimated" finds the inspectors named earlier, in the previous sentence if need be (text before
    /// <paramref name="sentenceStart"/> is read only past a pronoun). Reporting the findings ("inspectors found that ...")
    /// before any such noun means the cue is part of the finding, not said of the inspection.
    /// </summary>
    public static bool IsInspection(string text, int sentenceStart, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words().Matches(text);
        var back = LastBefore(words, start);
        var forward = FirstAfter(words, end);

        int? backDistance = null;
        var backIsInspection = false;
        var pronounPassed = false;
        for (var i = back; i >= 0 && back - i < WordsBack; i--)
        {
            if (words[i].Index < sentenceStart && !pronounPassed)
            {
                break;
            }

            var word = Bare(words[i].Value);
            pronounPassed |= PronounSubjects.Contains(word);
            if (ReportingVerbs.Contains(word))
            {
                backDistance = back - i + 1;
                break;
            }

            if (InspectionWords.Contains(word) || ServiceWords.Contains(word))
            {
                backDistance = back - i + 1;
                backIsInspection = InspectionWords.Contains(word);
                break;
            }
        }

        // A passive agent is who judged ("undervalued by inspectors", "unsupported by managers"), whatever came before.
        var agent = forward < words.Count && words[forward].Value.Equals("by", StringComparison.OrdinalIgnoreCase);
        for (var i = forward; i < words.Count && i - forward < WordsForward; i++)
        {
            var previousEnd = i > forward ? words[i - 1].Index + words[i - 1].Length : end;
            if (text.AsSpan(previousEnd, words[i].Index - previousEnd).IndexOfAny(",;:.!?") >= 0)
            {
                break;
            }

            var word = Bare(words[i].Value);
            if (InspectionWords.Contains(word) || ServiceWords.Contains(word))
            {
                var distance = i - forward + 1;
                // The noun right after an adjective is what it describes ("we saw inconsistent judgements").
                if (agent || backDistance is null || distance < backDistance || distance == 1)
                {
                    return InspectionWords.Contains(word);
                }

                break;
            }
        }

        return backIsInspection;
    }

    /// <summary>
    /// True when what is not accepted or recognised is the inspection: an object naming it ("the findings", "the picture
    /// painted", "the service described in this report"), a pronoun or a that-clause (a claim disputed), or, with no
    /// object of its own ("conclusions that families do not recognise"), a cue said of the inspection by
    /// <see cref="IsInspection"/>. "Anything less than good services" and "the scale of the problems" are not.
    /// </summary>
    public static bool ObjectIsInspection(string text, int sentenceStart, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var objectText = ObjectEnd().Match(text[end..]).Value;
        var objectWords = Words().Matches(objectText).Select(m => Bare(m.Value)).Take(ObjectWords).ToList();
        if (objectWords.Any(w => InspectionWords.Contains(w) || DepictionWords.Contains(w)))
        {
            return true;
        }

        if (objectWords.Count > 0 && (objectWords[0].Equals("that", StringComparison.OrdinalIgnoreCase)
            || PronounObjects.Contains(objectWords[0]) && objectWords.Count <= 2))
        {
            return true;
        }

        return IsInspection(text, sentenceStart, start, end);
    }

    private static int LastBefore(MatchCollection words, int index)
    {
        var last = -1;
        for (var i = 0; i < words.Count && words[i].Index + words[i].Length <= index; i++)
        {
            last = i;
        }

        return last;
    }

    private static int FirstAfter(MatchCollection words, int index)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Index >= index)
            {
                return i;
            }
        }

        return words.Count;
    }

    /// <summary>"Ofsted's", "inspectors'" → "Ofsted", "inspectors".</summary>
    private static string Bare(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase) ? word[..^2]
        : word.EndsWith('\'') || word.EndsWith('\u2019') ? word[..^1]
        : word;

    [GeneratedRegex(@"[\w'\u2019]+(?:-[\w'\u2019]+)*")]
    private static partial Regex Words();

    [GeneratedRegex(@"^[^,;:.!?]*")]
    private static partial Regex ObjectEnd();
}
