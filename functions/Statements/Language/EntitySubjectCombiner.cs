using Publishing.Statements.Classification;
using Publishing.Statements.Language.Models;

namespace Publishing.Statements.Language;

/// <summary>
/// Subject: the local matcher decides (it weighs the speaker's own council and spots statements about the whole system).
/// The service's Organization and Location entities that name a known council confirm it, or, when the local matcher
/// found no council name and the text is not about the system as a whole, supply the subject if they name exactly one council.
/// </summary>
public static class EntitySubjectCombiner
{
    private const double MinimumConfidence = 0.6;

    public static Label<CouncilSubject?> Combine(Label<CouncilSubject?> local, LanguageSignals signals, KnownCouncils councils, StatementInput statement)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(signals);
        ArgumentNullException.ThrowIfNull(councils);
        ArgumentNullException.ThrowIfNull(statement);
        var named = signals.Entities
            .SelectMany(d => d.Entities)
            .Where(e => e.Category is "Organization" or "Location" && e.ConfidenceScore >= MinimumConfidence)
            .Select(e => (Entity: e, Council: councils.Find(e.Text)))
            .Where(x => x.Council is not null)
            .ToList();

        if (local.Value is { } subject)
        {
            var same = named.FirstOrDefault(x => x.Council!.Slug == subject.Slug);
            var note = same.Council is not null
                ? $" azure-language entity \"{same.Entity.Text}\" ({same.Entity.Category}) names the same council."
                : named.Count > 0
                    ? $" azure-language entities name {string.Join(", ", named.Select(x => x.Council!.Name).Distinct())}, but the local reading stands."
                    : string.Empty;
            return local with { Reason = $"Local rules: {local.Reason}{note}" };
        }

        var distinct = named.DistinctBy(x => x.Council!.Slug).ToList();
        var systemWide = local.Cues.Any(c => c.StartsWith("system:", StringComparison.Ordinal));
        if (distinct.Count == 1 && !systemWide)
        {
            var (entity, council) = distinct[0];
            return new Label<CouncilSubject?>(
                new CouncilSubject(council!.Slug, council.Name, statement.ReportPublished),
                $"azure-language entity \"{entity.Text}\" ({entity.Category}, {entity.ConfidenceScore:0.00}) names {council.Name}; the local name matching found no council.",
                [$"azure-entity:{entity.Category}:{entity.Text}"]);
        }

        var why = distinct.Count switch
        {
            0 => string.Empty,
            1 => $" azure-language entity \"{distinct[0].Entity.Text}\" is not used: the text is about the system as a whole.",
            _ => $" azure-language entities name several councils ({string.Join(", ", distinct.Select(x => x.Council!.Name))}), so none is chosen.",
        };
        return local with { Reason = $"Local rules: {local.Reason}{why}" };
    }
}
