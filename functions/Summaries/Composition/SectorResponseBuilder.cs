using Publishing.Statements;
using Publishing.Statements.Classification;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

/// <summary>Publishable statements grouped by stance; embargoed and withdrawn statements are left out.</summary>
internal static class SectorResponseBuilder
{
    private static readonly Stance?[] GroupOrder = [Stance.Critical, Stance.Mixed, Stance.Supportive, Stance.Neutral, null];

    public static IReadOnlyList<StatementGroup> Build(IReadOnlyList<StatementRecord> statements, DateTimeOffset asAt, SummaryLinks links)
    {
        // The latest revision decides: a withdrawal or correction is a later revision of the same statement.
        var publishable = statements
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(s => s.Revision)!)
            .Where(s => s.IsPublishableAt(asAt))
            .ToList();
        return GroupOrder
            .Select(stance => new StatementGroup(stance, Title(stance), publishable
                .Where(s => s.Classification?.Stance.Value == stance)
                .OrderBy(s => s.ReceivedAt).ThenBy(s => s.Id, StringComparer.Ordinal)
                .Select(s => ToSummary(s, links))
                .ToList()))
            .Where(g => g.Statements.Count > 0)
            .ToList();
    }

    private static SummaryStatement ToSummary(StatementRecord s, SummaryLinks links)
    {
        var quote = s.Classification?.KeyQuote.Value;
        return new SummaryStatement(s.Id, s.Revision, s.SpeakerName, s.SpeakerRole, s.Body.Name, s.Text,
            string.IsNullOrWhiteSpace(quote) ? null : quote.Trim(),
            links.StatementLink(s.Id) ?? s.SourceUrl?.ToString(),
            s.ReceivedAt, FactSource.Statement(s.Id));
    }

    private static string Title(Stance? stance) => stance switch
    {
        Stance.Critical => "Critical",
        Stance.Mixed => "Mixed",
        Stance.Supportive => "Supportive",
        Stance.Neutral => "Neutral",
        _ => "Not yet classified",
    };
}
