using Publishing.Statements.Language.Models;

namespace Publishing.Statements.Language;

/// <summary>
/// What the Language service said about one statement (sent as <see cref="DocumentCount"/> documents when it was longer
/// than the per-document limit): sentiment with opinion mining, key phrases, entities, and any per-document errors.
/// </summary>
public sealed record LanguageSignals(
    IReadOnlyList<SentimentDocument> Sentiment,
    IReadOnlyList<KeyPhraseDocument> KeyPhrases,
    IReadOnlyList<EntityDocument> Entities,
    IReadOnlyList<DocumentError> Errors,
    int DocumentCount)
{
    /// <summary>A note for reasons when the statement was split or the service rejected some of it; empty otherwise.</summary>
    public string Caveat
    {
        get
        {
            var notes = new List<string>();
            if (DocumentCount > 1)
            {
                notes.Add($"the statement was split into {DocumentCount} documents of at most {LanguageDocumentSplitter.MaxTextElements} characters");
            }

            if (Errors.Count > 0)
            {
                notes.Add($"the service rejected {Errors.Count} document result(s) ({string.Join(", ", Errors.Select(e => e.Error.Innererror?.Code ?? e.Error.Code).Distinct())})");
            }

            return notes.Count == 0 ? string.Empty : $" Note: {string.Join("; ", notes)}.";
        }
    }
}
