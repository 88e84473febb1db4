using System.Text.RegularExpressions;

namespace Publishing.Statements.Classification;

/// <summary>
/// Finds known council names in running text. A mention must start with a capital letter (so "reading the report"
/// or "bury the findings" are not councils), takes the longest name form at each position ("North Somerset" before
/// "Somerset"), and is ignored after "Greater" or "University of" (Greater Manchester Police, University of Bristol)
/// or before the name of another kind of body (Kent Police, Lancashire Constabulary).
/// A one-word name that opens a sentence counts half, since capitals there prove nothing, unless a verb or "Council"
/// follows it ("Croydon has turned a corner").
/// </summary>
internal static partial class CouncilMentionFinder
{
    internal sealed record Mention(KnownCouncil Council, string Surface, int Position, double Weight);

    public static IReadOnlyList<Mention> Find(string text, KnownCouncils councils)
    {
        var mentions = new List<Mention>();
        if (string.IsNullOrWhiteSpace(text) || councils.Count == 0)
        {
            return mentions;
        }

        var words = Word().Matches(text.Replace("&", " and ", StringComparison.Ordinal))
            .Select(m => (Raw: m.Value, Norm: CouncilNameNormaliser.NormaliseWord(m.Value), m.Index))
            .Where(w => w.Norm.Length > 0)
            .ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (!char.IsUpper(words[i].Raw[0]) || IsExcludedContext(words, i))
            {
                continue;
            }

            foreach (var form in councils.Forms)
            {
                if (!Matches(words, i, form.Tokens))
                {
                    continue;
                }

                if (!NamesAnotherBody(words, i + form.Tokens.Length)) mentions.Add(MentionAt(text, words, i, form));
                i += form.Tokens.Length - 1;
                break;
            }
        }

        return mentions;
    }

    private static Mention MentionAt(string text, List<(string Raw, string Norm, int Index)> words, int i, KnownCouncils.NameForm form)
    {
        var sentenceStart = i == 0 || SentenceEnd().IsMatch(text[..words[i].Index]);
        var next = i + 1 < words.Count ? words[i + 1].Norm : string.Empty;
        var weight = form.Tokens.Length == 1 && sentenceStart && !ActsAsSubject(next, words[i].Raw) ? 0.5 : 1.0;
        var surface = string.Join(' ', words.Skip(i).Take(form.Tokens.Length).Select(w => w.Raw));
        return new Mention(form.Council, surface, words[i].Index, weight);
    }

    private static bool Matches(List<(string Raw, string Norm, int Index)> words, int start, string[] tokens)
    {
        if (start + tokens.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < tokens.Length; k++)
        {
            if (words[start + k].Norm != tokens[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Croydon has ...", "Hull's ...": a sentence-opening name followed by a verb or possessive is the council.</summary>
    private static bool ActsAsSubject(string next, string raw) =>
        raw.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || raw.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)
        || next is "has" or "have" or "had" or "is" or "was" or "were" or "are" or "will" or "must" or "should" or "now" or "needs"
            or "can" or "could" or "would" or "did" or "does" or "council" or "borough" or "county" or "city" or "children" or "remains" or "still";

    /// <summary>"Kent Police", "Lancashire Constabulary", "Leeds Teaching Hospitals": a place name that names another body.</summary>
    private static bool NamesAnotherBody(List<(string Raw, string Norm, int Index)> words, int after) =>
        after < words.Count && words[after].Norm is "police" or "constabulary" or "fire" or "nhs" or "icb" or "hospital" or "hospitals"
            or "university" or "college" or "ambulance" or "healthcare" or "teaching" or "airport" or "diocese" or "cathedral";

    private static bool IsExcludedContext(List<(string Raw, string Norm, int Index)> words, int i) =>
        i >= 1 && words[i - 1].Norm == "greater"
        || i >= 2 && words[i - 1].Norm == "of" && words[i - 2].Norm is "university" or "bishop" or "archbishop" or "duke";

    [GeneratedRegex(@"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.!?][""'\u201D\u2019)]*\s*$")]
    private static partial Regex SentenceEnd();
}
