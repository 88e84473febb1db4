using System.Globalization;
using Publishing.Statements.Classification;

namespace Publishing.Statements.Language;

/// <summary>
/// Stance from the local cue scores plus the service's opinions about the inspection. Each opinion adds its confidence
/// (0..1) to its side, so a confident "thorough inspection" weighs about as much as one local cue; the combined scores
/// are decided with the local rules' own thresholds (neutral below 1, mixed when the weaker side reaches 0.75 and is
/// joined by a contrast or is 30% of the stronger). Document-level sentiment is not used: it is the general mood of the
/// text, which the taxonomy says is not the stance. Where the service found no opinion about the inspection, the local
/// decision stands unchanged and its reason says so.
/// </summary>
public static class OpinionStanceCombiner
{
    public static StanceAssessment Combine(StanceAssessment local, LanguageSignals signals)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(signals);
        var (opinions, setAside) = InspectionOpinionReader.Read(signals.Sentiment);
        var asideNote = setAside.Count > 0
            ? $" Set aside as feelings about the findings rather than views of the inspection: {string.Join(", ", setAside)}."
            : string.Empty;
        var localSays = TaxonomyLabels.ToLabel(local.Stance.Value);
        if (opinions.Count == 0)
        {
            var reason = $"Local rules decide {localSays}: azure-language opinion mining found no opinion about the inspection.{asideNote} Local: {local.Stance.Reason}{signals.Caveat}";
            return local with { Stance = local.Stance with { Reason = reason } };
        }

        var azureSupportive = opinions.Where(o => o.Supportive).Sum(o => o.Confidence);
        var azureCritical = opinions.Where(o => !o.Supportive).Sum(o => o.Confidence);
        var supportive = local.Supportive + azureSupportive;
        var critical = local.Critical + azureCritical;
        var stance = Decide(supportive, critical, local.Sentences.Any(s => s.HasContrastPair));
        var azureCues = opinions.Select(o => o.Cue).ToList();
        var localCues = local.Sentences.SelectMany(s => s.Cues).ToList();
        var agreement = stance == local.Stance.Value
            ? $"The local rules alone also say {localSays}."
            : $"The local rules alone said {localSays}; the service's opinions changed it.";
        var combinedReason =
            $"{Capitalise(TaxonomyLabels.ToLabel(stance))} from azure-language opinion mining (supportive {Format(azureSupportive)}, critical {Format(azureCritical)}: {string.Join(", ", azureCues)}) " +
            $"combined with local cues (supportive {Format(local.Supportive)}, critical {Format(local.Critical)}{(localCues.Count > 0 ? ": " + string.Join(", ", localCues) : string.Empty)}); " +
            $"together supportive {Format(supportive)}, critical {Format(critical)}. {agreement}{asideNote}{signals.Caveat}";
        return local with
        {
            Stance = new Label<Stance>(stance, combinedReason, [.. azureCues, .. localCues]),
            Supportive = supportive,
            Critical = critical,
        };
    }

    private static Stance Decide(double supportive, double critical, bool contrastPair)
    {
        if (Math.Max(supportive, critical) < StanceRules.PositionThreshold)
        {
            return Stance.Neutral;
        }

        var weaker = Math.Min(supportive, critical);
        if (weaker >= StanceRules.MixedFloor && (contrastPair || weaker / Math.Max(supportive, critical) >= StanceRules.MixedRatio))
        {
            return Stance.Mixed;
        }

        return supportive > critical ? Stance.Supportive : Stance.Critical;
    }

    private static string Capitalise(string label) => char.ToUpperInvariant(label[0]) + label[1..];

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
