using System.Text.RegularExpressions;

namespace Publishing.Statements.Classification;

/// <summary>
/// Decides which council's report a statement is about, against a <see cref="KnownCouncils"/> list.
/// <list type="number">
/// <item>Council names in the text (see <see cref="CouncilMentionFinder"/>) score 1 each; when the speaker is a council,
/// its own council (from body/role/speaker) gets 1.5 more, so a council that mentions a neighbour stays the subject.</item>
/// <item>A council speaker's own council is a candidate even when the text does not name it, unless the text speaks
/// about the system as a whole ("councils across England", "the system", "every council") without pointing at one
/// report ("this report", "today's judgement", "the inspection").</item>
/// <item>Failing that, another speaker's body or role (a union branch, a commissioner's posting, a local safeguarding
/// partnership) gives the subject unless the text is about the system as a whole.</item>
/// <item>Otherwise there is no subject: the statement is about the system.</item>
/// </list>
/// </summary>
public static partial class SubjectMatcher
{
    public static Label<CouncilSubject?> Match(StatementInput statement, SpeakerKind speakerKind, KnownCouncils councils)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(councils);
        if (councils.Count == 0)
        {
            return None("No known councils were supplied, so no subject can be matched.", "rule:no-known-councils");
        }

        var textMentions = CouncilMentionFinder.Find(statement.Text, councils);
        var fieldMentions = new[] { statement.Body, statement.Role, statement.Speaker }
            .SelectMany(f => CouncilMentionFinder.Find(f ?? string.Empty, councils))
            .ToList();
        var own = speakerKind == SpeakerKind.Council ? fieldMentions.FirstOrDefault()?.Council : null;
        var specific = SpecificReport().Match(statement.Text);
        var system = SystemWide().Match(statement.Text);

        var candidates = textMentions
            .GroupBy(m => m.Council.Slug)
            .Select(g => (Council: g.First().Council, Score: g.Sum(m => m.Weight), First: g.Min(m => m.Position), Surface: g.First().Surface))
            .ToList();
        if (own is not null)
        {
            var index = candidates.FindIndex(c => c.Council.Slug == own.Slug);
            if (index >= 0)
            {
                candidates[index] = candidates[index] with { Score = candidates[index].Score + 1.5 };
            }
            else if (!system.Success || specific.Success)
            {
                candidates.Add((own, 1.5, int.MaxValue, string.Empty));
            }
        }

        if (candidates.Count > 0)
        {
            var best = candidates.OrderByDescending(x => x.Score).ThenBy(x => x.First).First();
            if (best.Score >= 1)
            {
                string reason;
                if (best.Surface.Length == 0)
                {
                    reason = $"The speaker speaks for {own!.Name} and the text names no council more often, so the statement is about its own report.";
                    return Found(best.Council, statement, reason, $"speaker-council:{own.Slug}");
                }

                reason = own?.Slug == best.Council.Slug
                    ? $"The text names \"{best.Surface}\", which is also the speaker's council."
                    : $"The text names \"{best.Surface}\" ({best.Council.Name}).";
                return Found(best.Council, statement, reason, $"text:{best.Surface}");
            }
        }

        if (own is not null)
        {
            return None($"The speaker is a council ({own.Name}) but the text is about the system as a whole (\"{system.Value}\") and names no report.", $"system:{system.Value}");
        }

        var fieldCouncil = fieldMentions.FirstOrDefault();
        if (fieldCouncil is not null && (!system.Success || specific.Success))
        {
            return Found(fieldCouncil.Council, statement, $"The text names no council; the speaker's body or role places them in {fieldCouncil.Council.Name} and the text is not about the system as a whole.", $"field:{fieldCouncil.Surface}");
        }

        return system.Success
            ? None($"No known council is named and the text is about the system as a whole (\"{system.Value}\").", $"system:{system.Value}")
            : None("No known council is named, so the statement is treated as about the system.", "rule:no-council-named");
    }

    private static Label<CouncilSubject?> Found(KnownCouncil council, StatementInput statement, string reason, params string[] cues) =>
        new(new CouncilSubject(council.Slug, council.Name, statement.ReportPublished), reason, cues);

    private static Label<CouncilSubject?> None(string reason, params string[] cues) => new(null, reason, cues);

    [GeneratedRegex(@"\b(?:this|today's|today’s|the\s+latest|our|its|their|last\s+week's|this\s+week's|yesterday's|the)\s+(?:inspection|report|judgement|judgment|rating|verdict|findings|outcome|focused\s+visit|monitoring\s+visit|letter|grade)\b|\binspectors\s+(?:found|said|praised|recognised|identified|arrived)\b|\binspectors['’]\s+(?:view|findings|conclusions?|report|judgement|verdict|assessment)\b|\b(?:this|our|my)\s+(?:city|county|borough|town|area)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpecificReport();

    [GeneratedRegex(@"\b(?:councils|local\s+authorities)\s+(?:across|in|throughout|up\s+and\s+down)\b|\bacross\s+(?:the\s+country|england|the\s+sector)\b|\bthe\s+(?:whole\s+)?system\b|\bevery\s+(?:council|local\s+authority)\b|\ball\s+councils\b|\bnationally\b|\bnationwide\b|\bnational\s+(?:picture|level|policy|reform|framework|system|crisis|shortage|debate|conversation)\b|\bthe\s+sector\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SystemWide();
}
