using System.Text.RegularExpressions;
using Publishing.Reading.Model;
using Publishing.Summaries.Model;

namespace Publishing.Summaries.Composition;

/// <summary>
/// Which of the report's points for improvement to lead with: those about the judgements that limited the grade
/// (every judgement graded Requires improvement to be good or Inadequate, worst first). A point goes to the first
/// such judgement whose subject it names (front door, assessments, placements, personal advisers, supervision...);
/// a point naming none is left to the full list, which is always printed whole.
/// </summary>
internal static partial class ImprovementOrder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly Regex HelpAndProtection = new(@"help and protection|early help|front door|\bmash\b|multi-agency safeguarding|\bcontacts?\b|referrals?|(?<!health )assessments?|child protection|strategy (?:meetings?|discussions?)|section 47|children in need|\brisks?\b|missing|exploitation|domestic abuse|neglect|thresholds?|disabled children|young carers|homeless|return (?:home )?interviews?|pre-proceedings|public law outline", Options);
    private static readonly Regex InCare = new(@"children in care|looked[- ]after|permanence|placements?|foster\w*|independent reviewing officers?|\bIROs?\b|personal education plans?|virtual school|health assessments?|section 20|sufficiency|homes for children|life-story|care plans?|special guardianship|reunification|children's homes|residential", Options);
    private static readonly Regex CareLeavers = new(@"care leavers?|care-experienced|leaving care|pathway plans?|personal advisers?|\bPAs?\b|staying put|16- and 17-year-olds|aged 16 and 17|age of 25|accommodation", Options);
    private static readonly Regex Adoption = new(@"adopt\w*|early permanence", Options);
    private static readonly Regex Leaders = new(@"\bleaders?\b|leadership|management oversight|\bmanagers?\b|supervision|quality assurance|\baudits?\b|performance|elected members|corporate parent\w*|workforce|caseloads?|recruit\w*|retention|scrutiny|partnerships?|\bpartners\b|governance|strategic|self-assessment", Options);

    public static IReadOnlyList<ImprovementArea> Lead(IReadOnlyList<SummaryJudgement> judgements, IReadOnlyList<SourcedText> points)
    {
        var limiting = judgements
            .Where(j => j.Key is not JudgementKeys.OverallEffectiveness and not JudgementKeys.Lscb && j.Grade.Rank() >= 3 && Subject(j.Key) is not null)
            .Select((j, order) => (Judgement: j, Order: order))
            .OrderByDescending(x => x.Judgement.Grade.Rank()).ThenBy(x => x.Order)
            .Select(x => x.Judgement)
            .ToList();
        var taken = new HashSet<SourcedText>(ReferenceEqualityComparer.Instance);
        var areas = new List<ImprovementArea>();
        foreach (var judgement in limiting)
        {
            var subject = Subject(judgement.Key)!;
            var mine = points.Where(p => !taken.Contains(p) && subject.Any(r => r.IsMatch(p.Text))).ToList();
            taken.UnionWith(mine);
            if (mine.Count > 0) areas.Add(new ImprovementArea(judgement.Key, judgement.ShortName, judgement.Grade, judgement.GradeWords, mine));
        }
        return areas;
    }

    private static Regex[]? Subject(string key) => key switch
    {
        JudgementKeys.HelpAndProtection => [HelpAndProtection],
        JudgementKeys.InCare or JudgementKeys.LookedAfterPermanence => [InCare],
        JudgementKeys.CareLeavers => [CareLeavers],
        JudgementKeys.InCareAndCareLeavers => [InCare, CareLeavers],
        JudgementKeys.Adoption => [Adoption],
        JudgementKeys.ImpactOfLeaders or JudgementKeys.Leadership => [Leaders],
        _ => null,
    };
}
