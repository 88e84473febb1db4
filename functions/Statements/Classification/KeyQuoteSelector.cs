using System.Globalization;

namespace Publishing.Statements.Classification;

/// <summary>
/// Picks the one sentence a journalist would quote: the sentence that states the decided stance most directly.
/// Supportive/critical: the sentence with the highest score on that side (ties: the earlier sentence).
/// Mixed: a sentence that holds both sides (a "but" sentence) if there is one, otherwise the one with the most cue weight.
/// Neutral: the first sentence that refers to the inspection, else the first sentence.
/// </summary>
public static class KeyQuoteSelector
{
    public static Label<string> Select(StanceAssessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var sentences = assessment.Sentences;
        if (sentences.Count == 0)
        {
            return new Label<string>(string.Empty, "The statement has no text.", []);
        }

        SentenceStance chosen;
        string why;
        switch (assessment.Stance.Value)
        {
            case Stance.Supportive:
                chosen = sentences.OrderByDescending(s => s.Supportive - 0.5 * s.Critical).ThenBy(s => s.Index).First();
                why = $"strongest supportive sentence (score {Format(chosen.Supportive)})";
                break;
            case Stance.Critical:
                chosen = sentences.OrderByDescending(s => s.Critical - 0.5 * s.Supportive).ThenBy(s => s.Index).First();
                why = $"strongest critical sentence (score {Format(chosen.Critical)})";
                break;
            case Stance.Mixed:
                chosen = sentences
                    .OrderByDescending(s => s.HasContrastPair || s.Supportive > 0 && s.Critical > 0 ? 1 : 0)
                    .ThenByDescending(s => s.Supportive + s.Critical)
                    .ThenBy(s => s.Index)
                    .First();
                why = chosen.Supportive > 0 && chosen.Critical > 0
                    ? "sentence that holds both the acceptance and the objection"
                    : $"sentence with the most stance weight ({Format(chosen.Supportive + chosen.Critical)})";
                break;
            default:
                chosen = sentences.FirstOrDefault(s => s.Relevance >= 1) ?? sentences[0];
                why = chosen.Relevance >= 1 ? "first sentence about the inspection (no stance to quote)" : "first sentence (nothing refers to the inspection)";
                break;
        }

        return new Label<string>(chosen.Text, $"Sentence {chosen.Index + 1}: {why}.", chosen.Cues);
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
