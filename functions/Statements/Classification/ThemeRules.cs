using System.Text.RegularExpressions;

namespace Publishing.Statements.Classification;

/// <summary>
/// Multi-label themes from cue lexicons matched over the whole text; a theme is on when at least one of its cues
/// matches, and its reason lists every matched cue. Grade names are masked first so that "requires improvement"
/// (a grade) does not count as the improvement theme. The children's-voice cues that are ordinary words
/// (listen, heard, views, told us, survey, experience) only count in a sentence that also mentions children or young people.
/// </summary>
public static partial class ThemeRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly (Theme Theme, Regex Pattern)[] Lexicon =
    [
        (Theme.Framework, new(@"\bframeworks?\b|\bmethodolog\w*|\binspection\s+(?:regime|system|process|model|criteria|methodology|approach|programme|cycle|schedule)\b|\bregime\b|\bcriteria\b|\bgrading\s+(?:system|scale)\b|\breport\s+cards?\b|\bILACS\b|\bmoderat(?:ed|ion|ing)\b|\bnotice\s+periods?\b|\b(?:short|shorter|longer)\s+notice\b|\bburden\s+of\s+inspection\b|\bcase\s+files\b|\bsample\s+of\s+cases\b|\bthis\s+process\b|\bconduct\s+of\s+the\s+inspection\b|\bhow\s+(?:\w+\s+){0,2}(?:inspects?|inspections?|reports|judges|grades)\b|\binspections?\s+(?:rely|relies|looks?|focus(?:es)?)\b|\bwhich\s+team\b|\blottery\b|\bcompliance\b|\bpaperwork\b|\binspects?\s+councils\b|\binspectors?\s+(?:spent|looked|will\s+spend|rely|spend)\b|\binspection\s+outcomes\b|\binspection\s+grades\b|\b(?:separate|new)\s+grade\b|\bjudgements?\s+(?:are|were)\s+(?:driven|moderated|made)\b|\binspection\s+can\s+be\b|\bthe\s+inspection\s+framework\b|\b(?:reading|reviewing|read|review)\s+(?:case\s+)?files\b|\bway\s+(?:the\s+)?evidence\s+(?:was|is)\b|\bevidence[-\s]gathering\b|\binspection\s+as\s+(?:currently\s+)?(?:designed|constituted|practised|practiced)\b|\bmodel\s+that\b|\bmeasures?\s+process\b|\bgrading\s+system\b|\bpoor\s+grade\b", Options)),
        (Theme.SingleWordJudgement, new(@"\b(?:single|one)[-\s](?:word|label|adjective)\b|\bsingle\s+label\b|\bfour-point\b|\bheadline\s+(?:grade|judgement|judgment|rating)\b|\b(?:grades|ratings)\b|\b(?:better|more)\s+than\s+(?:a|one|just\s+a|a\s+single)\s+(?:word|rating|grade|label)\b|\bcoloured\s+boxes\b|\b(?:judgement|judgment|grade|rating|label)s?\s+(?:can|could|cannot|can't|tells?|hides?|masks?|says?|has|have)\b|\bgrading\s+has\b|\bleague\s+tables?\b|\bgrading\s+(?:children|councils|services|local)\b|\b(?:red|green|amber)\s+box(?:es)?\b", Options)),
        (Theme.Resources, new(@"\b(?:fund(?:s|ed|ing)?|underfund\w*|budgets?|cuts?|money|financ\w*|spend(?:s|ing)?(?!\s+(?:\w+\s+){0,3}(?:time|days?|hours?|weeks?|months?))|spent(?!\s+(?:\w+\s+){0,3}(?:time|days?|hours?|weeks?|months?))|austerity|expensive|costly|costs?|pounds|billion|million|bankrupt\w*|afford\w*|resourc(?:e|es|ed|ing)|invest(?:s|ed|ing|ment)?|taxpayers?|do\s+more\s+with\s+less|funding\s+gap)\b|£|\bdemand\b|\bdemands\s+on\b|\b(?:financial|budget\w*|cost|demand)\s+pressures?\b|\brise\s+in\s+(?:referrals|demand|children\s+in\s+care|the\s+number)\b|\breferrals?\s+(?:keep\s+|have\s+|are\s+)?ris\w*|\brising\s+(?:demand|referrals|numbers)\b", Options)),
        (Theme.Workforce, new(@"\bsocial\s+work(?:ers?)?\s+(?:posts?|teams?|staff)\b|\bsocial\s+workers?\b|\bstaff\w*\b|\bcaseloads?\b|\brecruit\w*|\bretention\b|\bretain\w*|\bagency\s+(?:staff|workers?|social\s+workers?|managers?)\b|\bmorale\b|\bturnover\b|\bvacan(?:t|cy|cies)\b|\bworkforce\b|\bpractitioners?\b|\bmanagers?\b|\bmanagement\s+team\b|\bleadership\b|\bleaders\b|\bfront-?\s?line\b|\bchurn\b|\bemployees\b|\b(?:fair|better|low|decent|higher|more)\s+pay\b|\bpay\s+(?:for|of)\s+(?:\w+\s+)?(?:social\s+workers|staff)\b|\bpay\s+(?:rates?|scales?|and\s+conditions)\b|\btemporary\s+staff\b|\bredundanc\w*|\bresignations\b|\bthe\s+profession\b|\beveryone\s+who\s+works\b|\bworkers\b", Options)),
        (Theme.MultiAgency, new(@"\bpolice\b|\bhealth\s+(?:visitors?|partners?|services|colleagues|and\s+police|agencies)\b|\b(?:and|with|from)\s+health\b|\bNHS\b|\bschools?\b|\bpartners\b|\bpartnerships?\b|\bmulti-?agency\b|\bagencies\b|\bjoint\s+(?:targeted|inspection|working|area|action)\b|\bJTAI\b|\bprobation\b|\bthe\s+Met\b|\bGPs?\b|\bcourts?\b|\bsafeguarding\s+partners\b|\bintegrated\s+care\s+boards?\b|\bICBs?\b|\binformation-?\s?sharing\b", Options)),
        (Theme.Exploitation, new(@"\bexploit\w*|\bCSE\b|\bgroom\w*|\bsexual\s+abuse\b|\babuse[sd]?\b|\bmissing\s+(?:children|child|young\s+people|teenagers?|girls|boys|from\s+(?:care|home)|episodes?)\b|\b(?:went|go|goes|going|gone)\s+missing\b|\bchildren\s+missing\b|\bcounty\s+lines\b|\btraffick\w*|\bgangs?\b|\bcriminal\s+exploitation\b", Options)),
        (Theme.Improvement, new(@"\bimprov\w*|\bprogress\b|\bjourney\b|\baction\s+plans?\b|\brecovery\s+plans?\b|\bnext\s+steps\b|\bturn(?:ed)?\s+(?:a\s+corner|around)\b|\bturnaround\b|\brecover(?:y|ed|ing)?\b|\balready\s+(?:started|begun|taken|made|put|strengthened|introduced|acted|changed)\b|\bstrengthen\w*|\bpriorities\b|\brecommendations\b|\b(?:get|getting|got)\s+better\b|\bput\s+(?:it|this|things)\s+right\b|\bmore\s+to\s+do\b|\blong\s+way\s+to\s+go\b|\bsustain\w*|\bstabilis\w*|\bstabiliz\w*|\bpeer\s+support\b|\bin\s+intervention\b|\bhow\s+far\s+(?:\w+\s+){0,3}(?:has|have)\s+come\b|\bput\s+in\s+place\b|\baddress(?:ing)?\s+(?:it|this|these|them|the\s+(?:issues|concerns|findings|failings))\b|\bimprovement\s+board\b|\btransform\w*|\bturning\s+point\b|\bareas\s+for\s+development\b|\bdevelopment\s+plan\b|\brespond(?:ing)?\s+to\s+(?:the|these|its)\s+(?:findings|report|recommendations)\b|\bwork\s+on\s+them\b|\bcome\s+a\s+long\s+way\b", Options)),
        (Theme.Accountability, new(@"\bheld?\s+(?:to\s+)?account\b|\bhold\w*\s+(?:\w+\s+){0,3}to\s+account\b|\baccountab\w*|\bscrutin\w*|\bresponsib\w*|\bapolog\w*|\bsorry\b|\bblam\w*|\banswers\b|\banswerable\b|\bresign(?:s|ed|ing|ation)?\b|\bon\s+us\b|\bown\s+(?:these|the)\s+findings\b|\bcommissioners?\b|\bstatutory\s+direction\b|\bdirection\s+remains\b|\bintervene\b|\bcall\s+in\b|\blet\s+(?:\w+\s+){0,3}down\b|\btransparen\w*|\bmismanag\w*|\btheir\s+powers\b|\boversight\b|\bours\s+to\s+own\b|\bpunish\w*|\bscapegoat\w*|\bexplain\s+why\b|\bshould\s+explain\b|\bpowers\s+to\s+intervene\b", Options)),
        (Theme.EarlyHelp, new(@"\bearly\s+help\b|\bearly\s+intervention\b|\bprevent\w*|\bfamily\s+help\b|\bfamily\s+hubs?\b|\bfamily\s+support\b|\bthresholds?\b|\bintervene\s+early\b|\b(?:catch|catches|spot|spots)\s+(?:\w+\s+){0,2}early\b|\bhelp\s+early\b|\bearly\s+support\b|\bearly\s+offer\b|\bbefore\s+(?:problems|crisis|things|they\s+reach)\b|\bcrisis\s+point\b|\blate\s+intervention\b|\breaching\s+families\s+sooner\b|\bsooner\b|\bmuch\s+earlier\b|\b(?:help|support|intervention)\s+(?:\w+\s+){0,5}earlier\b", Options)),
    ];

    private static readonly Regex VoiceExplicit = new(
        @"\bvoices?\s+of\s+(?:the\s+)?(?:child|children|young\s+people)\b|\b(?:children|young\s+people|child)['\u2019]?s?\s+(?:voices?|views|lived\s+experiences?|experiences?|wishes\s+and\s+feelings)\b|\blived\s+experience\b|\bwishes\s+and\s+feelings\b|\bunheard\b",
        Options);

    private static readonly Regex VoiceWord = new(
        @"\blisten\w*|\bheard\b|\bhearing\s+(?:directly\s+)?from\b|\bviews\b|\bvoices?\b|\btold\s+(?:us|me|inspectors|my\s+office|the\s+inspectors)\b|\btell\s+(?:us|me)\b|\bsurveys?\b|\b(?:actually|really|directly)\s+experience\b|\basked\s+what\s+they\s+thought\b|\bwhat\s+they\s+thought\b|\bspeak\s+to\b|\bconversations?\s+with\b|\bto\s+be\s+heard\b|\bfeel\s+(?:safe|listened|heard)\b|\bask(?:s|ing|ed)?\s+(?:\w+\s+){0,2}(?:children|young\s+people)\b|\bexperience\s+of\s+care\b",
        Options);

    private static readonly Regex ChildTerm = new(
        @"\bchild(?:ren)?\b|\byoung\s+(?:people|person)\b|\bcare\s+leavers?\b|\bcare-experienced\b|\bteenagers?\b|\bkids\b|\bpupils\b|\bthey\b",
        Options);

    private static readonly Regex GradeNames = new(@"\brequir(?:es|ed|ing|e)\s+improvement(?:\s+to\s+be\s+good)?\b", Options);

    public static IReadOnlyList<Label<Theme>> Decide(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = GradeNames.Replace(text, "[grade]");
        var labels = new List<Label<Theme>>();
        foreach (var (theme, pattern) in Lexicon)
        {
            var cues = pattern.Matches(masked).Select(m => m.Value.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (cues.Count > 0)
            {
                labels.Add(new Label<Theme>(theme, $"{TaxonomyLabels.ToLabel(theme)}: matched {string.Join(", ", cues.Select(c => $"\"{c}\""))}.", cues));
            }
        }

        var voice = ChildrenVoiceCues(masked);
        if (voice.Count > 0)
        {
            labels.Add(new Label<Theme>(Theme.ChildrenVoice, $"children-voice: matched {string.Join(", ", voice.Select(c => $"\"{c}\""))}.", voice));
        }

        return labels;
    }

    private static List<string> ChildrenVoiceCues(string text)
    {
        var cues = VoiceExplicit.Matches(text).Select(m => m.Value.Trim()).ToList();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var child = ChildTerm.Match(sentence);
            if (!child.Success || child.Value.Equals("they", StringComparison.OrdinalIgnoreCase) && !ChildTermStrict().IsMatch(text))
            {
                continue;
            }

            cues.AddRange(VoiceWord.Matches(sentence).Select(m => $"{m.Value.Trim()} (with \"{child.Value}\")"));
        }

        return cues.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    [GeneratedRegex(@"\bchild(?:ren)?\b|\byoung\s+(?:people|person)\b|\bcare\s+leavers?\b|\bcare-experienced\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChildTermStrict();
}
