using System.Text.RegularExpressions;
using Publishing.Statements.Classification;
using Publishing.Statements.Language.Models;

namespace Publishing.Statements.Language;

/// <summary>
/// Themes: the local lexicon's themes, plus themes the service's entities point to that the lexicon missed
/// (an Organization that is a police force, NHS body, school or court → multi-agency; a Quantity/Currency amount →
/// resources; a PersonType that is staff → workforce). Key phrases confirm a theme when the local lexicon finds that
/// theme in the phrase; they never add one on their own (a phrase is a piece of the same text the lexicon already read).
/// Every label's reason says which signals decided it.
/// </summary>
public static partial class SignalThemeCombiner
{
    private const double MinimumEntityConfidence = 0.6;

    public static IReadOnlyList<Label<Theme>> Combine(IReadOnlyList<Label<Theme>> local, LanguageSignals signals)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(signals);
        var fromEntities = signals.Entities
            .SelectMany(d => d.Entities)
            .Where(e => e.ConfidenceScore >= MinimumEntityConfidence)
            .Select(e => (Entity: e, Theme: ThemeOf(e)))
            .Where(x => x.Theme is not null)
            .GroupBy(x => x.Theme!.Value)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Entity).DistinctBy(e => e.Text, StringComparer.OrdinalIgnoreCase).ToList());
        var phrases = signals.KeyPhrases.SelectMany(d => d.KeyPhrases).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

        var combined = new List<Label<Theme>>();
        foreach (var label in local)
        {
            var agreeingPhrases = phrases.Where(p => ThemeRules.Decide(p).Any(t => t.Value == label.Value)).ToList();
            var notes = new List<string>();
            if (agreeingPhrases.Count > 0)
            {
                notes.Add($"azure-language key phrase(s) {Quote(agreeingPhrases)} agree");
            }

            if (fromEntities.TryGetValue(label.Value, out var entities))
            {
                notes.Add($"azure-language entities {Describe(entities)} agree");
            }

            var reason = $"Local rules: {label.Reason}" + (notes.Count > 0 ? $" {string.Join("; ", notes)}." : string.Empty);
            combined.Add(label with { Reason = reason, Cues = [.. label.Cues, .. agreeingPhrases.Select(p => $"azure-key-phrase:{p}")] });
        }

        foreach (var (theme, entities) in fromEntities.Where(p => local.All(l => l.Value != p.Key)).OrderBy(p => p.Key))
        {
            combined.Add(new Label<Theme>(
                theme,
                $"{TaxonomyLabels.ToLabel(theme)}: azure-language entities {Describe(entities)}; the local lexicon matched nothing for it.",
                entities.Select(e => $"azure-entity:{e.Category}:{e.Text}").ToList()));
        }

        return combined;
    }

    private static Theme? ThemeOf(RecognizedEntity entity) => entity.Category switch
    {
        "Organization" when PartnerOrganisation().IsMatch(entity.Text) => Theme.MultiAgency,
        "Quantity" when string.Equals(entity.Subcategory, "Currency", StringComparison.OrdinalIgnoreCase) => Theme.Resources,
        "PersonType" when StaffRole().IsMatch(entity.Text) => Theme.Workforce,
        _ => null,
    };

    private static string Describe(IEnumerable<RecognizedEntity> entities) =>
        string.Join(", ", entities.Select(e => $"\"{e.Text}\" ({e.Category}{(e.Subcategory is { Length: > 0 } sub ? "/" + sub : string.Empty)}, {e.ConfidenceScore:0.00})"));

    private static string Quote(IEnumerable<string> phrases) => string.Join(", ", phrases.Select(p => $"\"{p}\""));

    [GeneratedRegex(@"\b(?:police|constabulary|nhs|health|hospital|clinical|integrated\s+care|icb|schools?|academy|academies|college|probation|youth\s+(?:justice|offending)|cafcass|courts?|ambulance)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartnerOrganisation();

    [GeneratedRegex(@"\b(?:social\s+workers?|staff|practitioners?|managers?|caseworkers?|employees?|workers?|workforce|team\s+leaders?|directors?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StaffRole();
}
