using Publishing.Hosting.Caching;
using Publishing.Statements.Storage;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Versioning;

/// <summary>
/// Statement texts in a stored version go by reference: each statement revision is stored once by the statement
/// store, so a version keeps its id and revision and an empty text (and no printed paragraphs, where they follow from the
/// text) instead of repeating the text (intake refuses an
/// empty text, so empty can only mean "by reference"). A text is referenced only when the stored revision holds exactly
/// the same text; on read it is filled in again from that revision (a bounded cache keeps recent ones).
/// </summary>
public sealed class StatementReferences(StatementStore statements)
{
    private readonly BoundedCache<(string Id, int Revision), string> _texts = new(20_000, 64L * 1024 * 1024, t => t.Length);

    /// <summary>The version as it is stored, and whether any text in it went by reference.</summary>
    public async Task<(PressSummary Stored, bool ByReference)> ShrinkAsync(PressSummary summary, CancellationToken cancellationToken)
    {
        var byReference = false;
        var stored = await MapAsync(summary, async s =>
        {
            if (await TextOfAsync(summary.ReportId, s.Id, s.Revision, cancellationToken) != s.Text) return s;
            byReference = true;
            // The printed paragraphs are the same words again: they go too where they can be made again from the text.
            var paragraphs = ParagraphsOf(s.Text, s.KeyQuote).SequenceEqual(s.Paragraphs, StringComparer.Ordinal) ? [] : s.Paragraphs;
            return s with { Text = "", Paragraphs = paragraphs };
        });
        return (stored, byReference);
    }

    /// <summary>The version with every referenced text read back from its statement revision.</summary>
    public Task<PressSummary> ExpandAsync(PressSummary stored, CancellationToken cancellationToken) =>
        MapAsync(stored, async s =>
        {
            if (s.Text.Length > 0) return s;
            var text = await TextOfAsync(stored.ReportId, s.Id, s.Revision, cancellationToken)
                ?? throw new InvalidDataException($"Summary {stored.ReportId} v{stored.Version} refers to statement {s.Id} revision {s.Revision}, which is not stored.");
            return s with { Text = text, Paragraphs = s.Paragraphs.Count > 0 ? s.Paragraphs : ParagraphsOf(text, s.KeyQuote) };
        });

    private static IReadOnlyList<string> ParagraphsOf(string text, string? keyQuote) => Composition.Reactions.StatementWords.Of(text, keyQuote).Paragraphs;

    private async Task<string?> TextOfAsync(string reportId, string statementId, int revision, CancellationToken cancellationToken)
    {
        if (_texts.TryGet((statementId, revision), out var text)) return text;
        var record = await statements.GetRevisionAsync(reportId, statementId, revision, cancellationToken);
        if (record is not null) _texts.Set((statementId, revision), record.Text);
        return record?.Text;
    }

    private static async Task<PressSummary> MapAsync(PressSummary summary, Func<SummaryStatement, Task<SummaryStatement>> map)
    {
        var groups = new List<StatementGroup>();
        foreach (var group in summary.SectorResponse)
        {
            var mapped = new List<SummaryStatement>();
            foreach (var statement in group.Statements) mapped.Add(await map(statement));
            groups.Add(group with { Statements = mapped });
        }
        return summary with { SectorResponse = groups };
    }
}
