using Publishing.Statements;
using Publishing.Statements.Classification;
using Publishing.Summaries.Composition.Reactions;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

/// <summary>
/// Publishable statements in groups: the sector's by stance, then the inspectorate's and the government's responses
/// each under their own heading (Ofsted explaining its judgement is not a "supportive" sector voice). Embargoed and
/// withdrawn statements are left out.
/// </summary>
internal static partial class SectorResponseBuilder
{
    private static readonly Stance?[] GroupOrder = [Stance.Critical, Stance.Mixed, Stance.Supportive, Stance.Neutral, null];

    public static IReadOnlyList<StatementGroup> Build(IReadOnlyList<StatementRecord> statements, DateTimeOffset asAt, SummaryLinks links)
    {
        // The latest revision decides: a withdrawal or correction is a later revision of the same statement.
        var publishable = statements
            .GroupBy(s => s.Id, StringComparer.Ordinal)
            .Select(g => g.MaxBy(s => s.Revision)!)
            .Where(s => s.IsPublishableAt(asAt))
            .OrderBy(s => s.ReceivedAt).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        var sector = publishable.Where(s => VoiceOf(s) == ResponseVoice.Sector).ToList();
        var groups = GroupOrder
            .Select(stance => new StatementGroup(stance, Title(stance), sector
                .Where(s => s.Classification?.Stance.Value == stance)
                .Select(s => ToSummary(s, links))
                .ToList()))
            .ToList();
        groups.Add(Own(ResponseVoice.Inspectorate, publishable, links));
        groups.Add(Own(ResponseVoice.Government, publishable, links));
        return groups.Where(g => g.Statements.Count > 0).ToList();
    }

    private static StatementGroup Own(ResponseVoice voice, List<StatementRecord> publishable, SummaryLinks links)
    {
        var own = publishable.Where(s => VoiceOf(s) == voice).ToList();
        var title = voice == ResponseVoice.Government
            ? own.All(s => GovernmentOffice().IsMatch($"{s.Body.Name} {s.SpeakerRole}")) ? "The government's response" : "From government and Parliament"
            : own.All(s => s.Body.Name.Contains("Ofsted", StringComparison.OrdinalIgnoreCase)) ? "Ofsted's response" : "The inspectorate's response";
        return new StatementGroup(null, title, own.Select(s => ToSummary(s, links)).ToList(), voice);
    }

    // The classifier's speaker kind; before classification, the kind the body's key was issued with.
    private static ResponseVoice VoiceOf(StatementRecord s)
    {
        var kind = s.Classification?.SpeakerKind.Value
            ?? (TaxonomyLabels.TryParse<SpeakerKind>(s.Body.Kind, out var keyed) ? keyed : SpeakerKind.Independent);
        return kind switch
        {
            SpeakerKind.Regulator => ResponseVoice.Inspectorate,
            SpeakerKind.Government => ResponseVoice.Government,
            _ => ResponseVoice.Sector,
        };
    }

    private static SummaryStatement ToSummary(StatementRecord s, SummaryLinks links)
    {
        var quote = s.Classification?.KeyQuote.Value;
        var words = StatementWords.Of(s.Text, string.IsNullOrWhiteSpace(quote) ? null : quote);
        return new SummaryStatement(s.Id, s.Revision, s.SpeakerName, s.SpeakerRole, s.Body.Name, s.Text,
            words.KeyQuote,
            links.StatementLink(s.Id) ?? s.SourceUrl?.ToString(),
            s.ReceivedAt, FactSource.Statement(s.Id))
        {
            Byline = BylineWriter.Write(s.SpeakerName, words.PastedAttribution, s.SpeakerRole, s.Body.Name),
            Paragraphs = words.Paragraphs,
        };
    }

    // The speaker kind "government" also covers MPs and the Children's Commissioner, who do not speak for the government.
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(department|dfe|minister|secretary of state|government)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex GovernmentOffice();

    private static string Title(Stance? stance) => stance switch
    {
        Stance.Critical => "Critical",
        Stance.Mixed => "Mixed",
        Stance.Supportive => "Supportive",
        Stance.Neutral => "Neutral",
        _ => "Other reactions",
    };
}
