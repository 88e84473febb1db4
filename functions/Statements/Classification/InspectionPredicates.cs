using System.Text.RegularExpressions;

namespace Publishing.Statements.Classification;

/// <summary>
/// Evaluative words said of the inspection itself, found by shape rather than by listing phrases: an adjective (or a
/// damning noun) predicated of an inspection noun ("the report is lopsided", "inspectors were courteous and
/// thorough", "the judgement is a travesty") or placed before one ("an unsafe judgement", "a meticulous report").
/// Only words in the polarity lists count, so grade names ("good", "inadequate"), feelings about the findings
/// ("disappointing", "difficult", "unacceptable": an unacceptable rating is a verdict on the service) and neutral words never do. This lets the stance rules read evaluative language they
/// have no phrase cue for, as long as it is clearly about the inspection.
/// </summary>
internal static partial class InspectionPredicates
{
    public sealed record Predicate(int Index, int Length, string Word, bool Positive);

    private static readonly HashSet<string> Positive = new(StringComparer.OrdinalIgnoreCase)
    {
        "fair", "accurate", "balanced", "thorough", "rigorous", "robust", "honest", "helpful", "useful", "valuable",
        "insightful", "constructive", "credible", "reasonable", "sound", "measured", "proportionate", "clear", "careful",
        "sensible", "right", "correct", "important", "welcome", "timely", "necessary", "justified", "deserved",
        "warranted", "excellent", "impressive", "perceptive", "thoughtful", "objective", "impartial", "professional",
        "respectful", "courteous", "approachable", "collaborative", "encouraging", "reassuring", "fair-minded",
        "even-handed", "telling", "revealing", "powerful", "compelling", "candid", "frank", "searching", "forensic",
        "precise", "meticulous", "painstaking", "diligent", "conscientious", "sensitive", "nuanced", "well-evidenced",
        "evidence-based", "well-founded", "well-judged", "spot-on", "legitimate", "valid", "appropriate", "reliable",
        "trustworthy", "transparent", "realistic", "truthful", "faithful", "illuminating", "vital", "essential",
        "invaluable", "astute", "exemplary", "considered",
    };

    private static readonly HashSet<string> Negative = new(StringComparer.OrdinalIgnoreCase)
    {
        "unfair", "inaccurate", "unbalanced", "wrong", "flawed", "biased", "harsh", "crude", "simplistic", "narrow",
        "superficial", "shallow", "cursory", "rushed", "hasty", "sloppy", "lazy", "careless", "misleading", "distorted",
        "skewed", "partial", "selective", "one-sided", "arbitrary", "inconsistent", "unreliable", "unsafe", "unsound",
        "unjust", "unjustified", "unwarranted", "unfounded", "baseless", "questionable", "dubious", "outdated",
        "irrelevant", "pointless", "meaningless", "useless", "unhelpful", "counterproductive", "counter-productive",
        "damaging", "punitive", "disproportionate", "excessive", "heavy-handed", "blunt", "reductive", "perverse",
        "absurd", "ridiculous", "nonsensical", "mistaken", "incorrect", "erroneous", "premature", "predetermined",
        "confused", "confusing", "opaque", "muddled", "incoherent", "contradictory", "unclear", "vague", "thin", "poor",
        "shoddy", "slapdash", "hostile", "dismissive", "rude", "arrogant", "aggressive", "intimidating", "adversarial",
        "condescending", "high-handed", "ill-informed", "uninformed", "unrepresentative", "subjective", "random",
        "inexplicable", "baffling", "bizarre", "harmful", "destructive", "demoralising", "demoralizing", "insulting",
        "misguided", "ill-judged", "misconceived", "lopsided", "travesty", "farce", "joke", "shambles",
        "disgrace", "insult", "caricature", "whitewash", "distortion", "nonsense",
    };

    /// <summary>Attributive use is riskier ("poor practice" is a finding, not a view of the report): these never count before a noun.</summary>
    private static readonly HashSet<string> PredicativeOnly = new(StringComparer.OrdinalIgnoreCase)
    {
        "poor", "clear", "right", "important", "necessary", "essential", "vital", "welcome", "random", "thin", "partial", "joke",
    };

    public static IEnumerable<Predicate> Find(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        foreach (Match match in Predicative().Matches(clause))
        {
            foreach (Capture word in match.Groups["adj"].Captures)
            {
                if (PolarityOf(word.Value) is { } positive)
                {
                    yield return new Predicate(word.Index, word.Length, word.Value, positive);
                }
            }
        }

        foreach (Match match in Attributive().Matches(clause))
        {
            var word = match.Groups["adj"];
            if (!PredicativeOnly.Contains(word.Value) && PolarityOf(word.Value) is { } positive)
            {
                yield return new Predicate(word.Index, word.Length, word.Value, positive);
            }
        }
    }

    private static bool? PolarityOf(string word) => Positive.Contains(word) ? true : Negative.Contains(word) ? false : null;

    // "assessment" is singular only in the noun patterns: "our assessments were not thorough" is a finding about casework.
    [GeneratedRegex(@"\b(?:inspections?|inspectors?|reports?|judge?ments?|verdicts?|findings|ratings?|grades?|grading|framework|conclusions?|assessment|process|methodology|visits?|regime|outcome|ofsted|inspectorate|scale|letter)\s+(?:(?:itself|themselves|overall|here|today)\s+)?(?:is|was|are|were|seems?|seemed|looks?|looked|feels?|felt|remains?|remained|appears?|appeared|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|proved|proves)\s+(?:(?:not|never|hardly|far\s+from|anything\s+but|both|also|entirely|completely|wholly|deeply|totally|utterly|fundamentally|simply|so|too|rather|pretty|extremely|largely|broadly|very|quite|absolutely|thoroughly|at\s+best|frankly|plainly|clearly|just|nothing\s+short\s+of)\s+)*(?:a\s+|an\s+)?(?:\w+ly\s+)?(?<adj>[a-z]+(?:-[a-z]+)*)(?:(?:,\s*|\s+and\s+|\s+or\s+)(?:\w+ly\s+)?(?<adj>[a-z]+(?:-[a-z]+)*))*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Predicative();

    [GeneratedRegex(@"\b(?<adj>[a-z]+(?:-[a-z]+)*)\s+(?:and\s+[a-z]+(?:-[a-z]+)*\s+)?(?:inspections?|reports?|judge?ments?|verdicts?|findings|ratings?|grades?|grading|framework|conclusions?|assessment|process|methodology|visits?|regime|inspectors?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attributive();
}
