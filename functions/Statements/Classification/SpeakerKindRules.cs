using System.Globalization;
using System.Text.RegularExpressions;

namespace Publishing.Statements.Classification;

/// <summary>
/// Decides the speaker kind from the body, role and speaker fields (in that order of weight: 1.5, 1.2, 1.0).
/// Each kind has a cue lexicon with strengths (3 = a named organisation or office, 2 = a telling title, 1 = weak);
/// a kind's score is the sum over fields of its strongest cue in that field times the field weight.
/// Overrides that the taxonomy implies: a commissioner appointed to a council is independent, the Children's
/// Commissioner is government; a field saying "former"/"ex-" describes a past role, so its other cues are ignored and
/// it counts as independent. A known council name in a field is a weak council cue. If no field says anything the
/// text is searched for an organisation speaking in the first person, and failing that the speaker is independent
/// ("others").
/// </summary>
public static partial class SpeakerKindRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private sealed record Cue(SpeakerKind Kind, double Strength, Regex Pattern);

    private static readonly Cue[] Cues =
    [
        // Unions.
        new(SpeakerKind.Union, 3, new(@"\b(unison|gmb|unite the union|trades? union|nasuwt|napo|aspect union)\b", Options)),
        new(SpeakerKind.Union, 3, new(@"\b(UNITE|Unite)\b", RegexOptions.CultureInvariant)),
        new(SpeakerKind.Union, 2, new(@"\b(union|branch secretary|shop steward|convenor)\b", Options)),

        // Regulators and inspectorates.
        new(SpeakerKind.Regulator, 3, new(@"\b(ofsted|hmci|hmicfrs|care quality commission|cqc|inspectorate|chief inspector|hm inspector|his majesty's inspector|her majesty's inspector|hmi)\b", Options)),
        new(SpeakerKind.Regulator, 2, new(@"\b(regulator|inspector)\b", Options)),

        // Government: departments, ministers, the Children's Commissioner, MPs.
        new(SpeakerKind.Government, 5, new(@"\bchildren['\u2019]?s commissioner\b", Options)),
        new(SpeakerKind.Government, 3, new(@"\b(department for education|dfe|department of health|home office|ministry of|minister|secretary of state|education secretary|house of commons|select committee|education committee|downing street|cabinet office|treasury|his majesty's government|hm government)\b", Options)),
        new(SpeakerKind.Government, 3, new(@"\bMP\b|\bMPs\b|\bM\.P\.", RegexOptions.CultureInvariant)),
        new(SpeakerKind.Government, 2, new(@"\b(government|parliament|shadow)\b", Options)),

        // Charities.
        new(SpeakerKind.Charity, 3, new(@"\b(nspcc|barnardo'?s|action for children|who cares\?? trust|coram|the children's society|children's society|family rights group|catch22|article 39|the fostering network|become|spurgeons|buttle uk|shelter|save the children|place2be|nya|rees foundation)\b", Options)),
        new(SpeakerKind.Charity, 2, new(@"\b(charity|charitable|foundation|voluntary sector)\b", Options)),
        // An unrecognised organisation named for children or families ("Children England") is most likely a charity.
        new(SpeakerKind.Charity, 1, new(@"\b(children|young people|families|kids)\b", Options)),

        // Sector bodies: professional and employer associations.
        new(SpeakerKind.SectorBody, 3, new(@"\b(adcs|association of directors of children'?s services|basw|british association of social workers|lga|local government association|solace|society of local authority chief executives|college of social work|lgiu|local government information unit|county councils network|london councils|district councils' network|social work england|principal social workers?|what works for children'?s social care)\b", Options)),
        new(SpeakerKind.SectorBody, 2, new(@"\b(association|network|federation|confederation|society|institute of|professional body)\b", Options)),

        // Councils: members, officers, the authority itself.
        new(SpeakerKind.Council, 3, new(@"\b(council|councillor|cllr|county hall|town hall|london borough|royal borough|borough|city corporation|corporation|children'?s trust)\b", Options)),
        new(SpeakerKind.Council, 2, new(@"\b(cabinet member|lead member|portfolio holder|council leader|leader of the council|mayor|director of children'?s services|director of children and families|corporate director|executive director|opposition|scrutiny committee|local authority)\b", Options)),

        // Independent: commissioners appointed to a council, academics, consultants and other individuals.
        new(SpeakerKind.Independent, 5, new(@"(?<!children['\u2019]?s )\bcommissioner\b", Options)),
        new(SpeakerKind.Independent, 2, new(@"\b(professor|university|college|school of|academic|lecturer|reader in|researcher|research|fellow|think tank|institute|consultant|adviser|advisor|independent|scrutineer|barrister|kc|qc|solicitor|author|reviewer|journalist|commentator|expert)\b", Options)),
    ];

    private static readonly Regex Former = FormerPattern();

    public static Label<SpeakerKind> Decide(StatementInput statement, KnownCouncils councils)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(councils);
        var scores = new Dictionary<SpeakerKind, double>();
        var evidence = new Dictionary<SpeakerKind, List<string>>();
        (string Name, string Value, double Weight)[] fields =
        [
            ("body", statement.Body, 1.5),
            ("role", statement.Role, 1.2),
            ("speaker", statement.Speaker, 1.0),
        ];

        foreach (var (name, value, weight) in fields)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (Former.IsMatch(value))
            {
                Add(scores, evidence, SpeakerKind.Independent, 2 * weight, $"{name} '{value}' describes a former role");
                continue;
            }

            foreach (var (kind, strength, cue) in StrongestPerKind(value, councils))
            {
                Add(scores, evidence, kind, strength * weight, $"{name} '{value}' → {TaxonomyLabels.ToLabel(kind)} cue '{cue}'");
            }
        }

        if (scores.Count == 0)
        {
            var fromText = FirstPersonOrganisation(statement.Text);
            if (fromText is { } found)
            {
                return new Label<SpeakerKind>(found.Kind, $"No speaker fields matched; the text speaks for an organisation ({found.Cue}).", [found.Cue]);
            }

            return new Label<SpeakerKind>(SpeakerKind.Independent, "No speaker, role or body cue matched any kind; default is independent (\"others\").", ["default:independent"]);
        }

        var best = scores.OrderByDescending(p => p.Value).ThenBy(p => Precedence(p.Key)).First();
        var cues = evidence[best.Key];
        var runnerUp = scores.Where(p => p.Key != best.Key).OrderByDescending(p => p.Value).FirstOrDefault();
        var reason = $"{TaxonomyLabels.ToLabel(best.Key)} scored {best.Value.ToString("0.#", CultureInfo.InvariantCulture)} from {string.Join("; ", cues)}"
            + (runnerUp.Value > 0
                ? $" (next: {TaxonomyLabels.ToLabel(runnerUp.Key)} {runnerUp.Value.ToString("0.#", CultureInfo.InvariantCulture)})."
                : ".");
        return new Label<SpeakerKind>(best.Key, reason, cues);
    }

    private static IEnumerable<(SpeakerKind Kind, double Strength, string Cue)> StrongestPerKind(string value, KnownCouncils councils)
    {
        var found = new Dictionary<SpeakerKind, (double Strength, string Cue)>();
        foreach (var cue in Cues)
        {
            var match = cue.Pattern.Match(value);
            if (match.Success && (!found.TryGetValue(cue.Kind, out var current) || current.Strength < cue.Strength))
            {
                found[cue.Kind] = (cue.Strength, match.Value);
            }
        }

        var council = CouncilMentionFinder.Find(value, councils).FirstOrDefault();
        if (council is not null && !found.ContainsKey(SpeakerKind.Council))
        {
            found[SpeakerKind.Council] = (1, $"known council {council.Surface}");
        }

        return found.Select(p => (p.Key, p.Value.Strength, p.Value.Cue));
    }

    private static (SpeakerKind Kind, string Cue)? FirstPersonOrganisation(string text)
    {
        var match = FirstPersonPattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var organisation = match.Groups["org"].Value;
        foreach (var cue in Cues.Where(c => c.Strength >= 3))
        {
            if (cue.Pattern.IsMatch(organisation))
            {
                return (cue.Kind, match.Value);
            }
        }

        return null;
    }

    /// <summary>Tie-break: named organisations before generic ones.</summary>
    private static int Precedence(SpeakerKind kind) => kind switch
    {
        SpeakerKind.Union => 0,
        SpeakerKind.Regulator => 1,
        SpeakerKind.Government => 2,
        SpeakerKind.Charity => 3,
        SpeakerKind.SectorBody => 4,
        SpeakerKind.Council => 5,
        _ => 6,
    };

    private static void Add(Dictionary<SpeakerKind, double> scores, Dictionary<SpeakerKind, List<string>> evidence, SpeakerKind kind, double score, string cue)
    {
        scores[kind] = scores.GetValueOrDefault(kind) + score;
        if (!evidence.TryGetValue(kind, out var list))
        {
            evidence[kind] = list = [];
        }

        list.Add(cue);
    }

    [GeneratedRegex(@"\b(former|formerly|ex-|retired|previously)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FormerPattern();

    [GeneratedRegex(@"\b(?:we at|here at|speaking for|on behalf of|as)\s+(?<org>(?:the\s+)?[A-Z][\w'&?]*(?:\s+(?:of|for|and|the|[A-Z][\w'&?]*))*)", RegexOptions.CultureInvariant)]
    private static partial Regex FirstPersonPattern();
}
