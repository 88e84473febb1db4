using System.Globalization;
using System.Text.RegularExpressions;

namespace Publishing.Statements.Classification;

/// <summary>
/// Decides the stance toward the inspection, sentence by sentence.
/// <list type="number">
/// <item>Only sentences that refer to the inspection (Ofsted, inspectors, the report, judgement, findings, rating, grade,
/// framework, ...) count in full; the sentence straight after one counts at 0.8 if it opens with a pronoun
/// ("It", "This", "They"...) and 0.5 otherwise, and the sentence straight before one counts at 0.5 ("We are thrilled.
/// Inspectors saw ..."); any other sentence counts for nothing, so general mood
/// ("disappointed", "proud of our staff") or points about money and demand do not move the stance.</item>
/// <item>Each sentence is cut into clauses at contrast words (but, however, yet, nevertheless) and concessions
/// (although, though, while, despite). A clause after a contrast word weighs 1.2. A clause that does not itself
/// name the inspection, inside a sentence that does, weighs 0.9.</item>
/// <item>Cues are matched per clause. A negator (not, never, no, n't, cannot, neither, nor, fail to, ...) among the
/// three words before a cue flips it, as do "far from", "anything but", "less than", "short of" and "lacks" just before it
/// (at most one word between): "do not recognise", "neither fair", "far from accurate" and "not credible" are critical;
/// "can't argue with" and "not the enemy" are supportive. "We do not think/believe/feel/consider" negates the rest of
/// its clause up to a comma or "and we ...": "we do not think the judgement is fair" is critical.</item>
/// <item>Some words criticise the inspection only when said of it (<see cref="CueTarget"/>): "inconsistent", "unsupported",
/// "undervalued", "falls short", a negated "robust" or "right", a negated "accept" or "recognise". Said of the service
/// ("oversight was inconsistent", "we will not accept anything less than good services") or inside a finding quoted back
/// ("the report found that ...") they count for nothing.</item>
/// <item>Praise inside a wish for a different inspection ("a narrative judgement would be more useful", "a framework that
/// values relationships", "we call on Ofsted to ...") is not endorsement, like praise under a condition ("only useful if").</item>
/// <item>Besides the phrase cues, any evaluative word from a polarity list said of the inspection itself counts at
/// <see cref="PredicateWeight"/> (<see cref="InspectionPredicates"/>: "the report is lopsided", "an unsafe judgement"),
/// unless a phrase cue already covers it.</item>
/// <item>Rebuttals flip the cues they frame: "I don't accept that our judgements are driven by deprivation" and
/// "the accusation that teams are arbitrary is simply wrong" defend the inspection.</item>
/// <item>Decision: below 1 on both sides → neutral; both sides at least 0.75 and either a contrast joins them
/// ("we value inspection, but ...") or the weaker is at least 30% of the stronger → mixed; otherwise the stronger side.</item>
/// </list>
/// </summary>
public static partial class StanceRules
{
    internal const double PositionThreshold = 1.0;
    internal const double MixedFloor = 0.75;
    internal const double MixedRatio = 0.3;
    internal const double PredicateWeight = 1.0;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>When a cue's critical reading (its own, or a supportive cue's when negated) counts.</summary>
    private enum CriticalWhen
    {
        Always,

        /// <summary>Only said of the inspection, not of the service or inside a reported finding (<see cref="CueTarget.IsInspection"/>).</summary>
        SaidOfInspection,

        /// <summary>Only when what is not accepted or recognised is the inspection (<see cref="CueTarget.ObjectIsInspection"/>).</summary>
        ObjectIsInspection,
    }

    /// <summary>
    /// A stance cue: matched weight for its own polarity, and the weight for the opposite polarity when negated (0 = ignore).
    /// A group named "head" marks the word negation is looked for before ("is not right" is a negated "right").
    /// </summary>
    private sealed record Cue(string Name, bool Supportive, double Weight, double NegatedWeight, Regex Pattern, bool OncePerStatement = false, CriticalWhen Critical = CriticalWhen.Always);

    private static Cue S(string name, double weight, double negated, string pattern, CriticalWhen critical = CriticalWhen.Always) =>
        new(name, true, weight, negated, new Regex(pattern, Options), Critical: critical);

    private static Cue C(string name, double weight, double negated, string pattern, bool once = false, CriticalWhen critical = CriticalWhen.Always) =>
        new(name, false, weight, negated, new Regex(pattern, Options), once, critical);

    private static readonly Cue[] Cues =
    [
        // --- Supportive: acceptance, endorsement, celebration of a result, defence of the inspectorate.
        S("accept", 1.5, 1.5, @"\baccept(?:s|ed|ing)?\b", CriticalWhen.ObjectIsInspection),
        S("fully accept", 0.5, 0, @"\b(?:fully|wholeheartedly|completely|entirely|unreservedly)\s+accept\w*|\baccept\w*\s+(?:\w+\s+){0,4}in full\b"),
        S("agree", 1.5, 1.5, @"\bagree(?:s|d)?\s+(?:with|that|entirely|completely|wholeheartedly)\b"),
        S("welcome", 1.5, 1, @"\bwelcom(?:e|es|ed|ing)\b"),
        S("endorse", 1.5, 1.5, @"\bendors(?:e|es|ed|ing)\b"),
        S("delighted", 1.5, 0, @"\b(?:delighted|thrilled|overjoyed)\b"),
        S("pleased", 1, 1, @"\b(?:pleased|proud|glad|heartened|gratified)\b"),
        S("good news", 1, 0, @"\b(?:great|good|welcome|fantastic|excellent|brilliant)\s+news\b"),
        S("good to see", 1, 0, @"\b(?:good|great|encouraging|heartening|right|pleasing)\s+to\s+see\b"),
        S("recognise", 1, 1.5, @"\brecogni[sz](?:e|es|ed|ing|tion)\b", CriticalWhen.ObjectIsInspection),
        S("praise", 1, 0, @"\bprais(?:e|es|ed|ing)\b"),
        S("rightly", 1.5, 1.5, @"\brightly\b"),
        S("is right", 1, 1, @"\b(?:is|are|was|were)\s+(?:\w+\s+)?(?<head>right)\b(?!\s+to\s+(?:worry|be\s+(?:worried|concerned|angry)))", CriticalWhen.SaidOfInspection),
        S("right to", 1, 0, @"\bright\s+to\s+(?:say|highlight|raise|point|challenge|criticise|criticize|conclude|find|judge|flag|question|expect|intervene|act)\b"),
        S("right approach", 1, 1, @"\bright\s+(?:approach|questions|conclusions?|call|decision|judgement|judgment|thing|focus|areas?)\b"),
        S("fair", 1, 1.5, @"\bfair\b(?!\s+(?:pay|wages?|share|deal\s+for\s+staff))", CriticalWhen.SaidOfInspection),
        S("quality adjective", 1, 1.5, @"\b(?:credible|balanced|proportionate|meaningful|justified|reasonable|sound|robust|rigorous|thorough|helpful|useful|valuable|insightful|constructive|evidence-based|fit\s+for\s+purpose|accurate(?:ly)?|measured|well-evidenced)\b", CriticalWhen.SaidOfInspection),
        S("evaluative praise", 1, 1.5, @"(?<!\bto\s+be\s)\bhonest(?:ly)?\b|\bcarefully\s+(?:evidenced|argued|conducted|written|reasoned|judged|balanced|researched)\b|\b(?:candid|frank|searching|forensic|precise(?:ly)?|perceptive|astute|objective|impartial|even-handed|fair-minded|well-founded|well-judged|warranted|merited|respectful|courteous|spot[-\s]on)\b"),
        S("missing quality", 0, 1.5, @"\b(?:credibility|rigour|rigor|fairness|accuracy|objectivity|impartiality|nuance|insight|legitimacy|validity)\b"),
        S("accurate account", 0.5, 0.5, @"\b(?:honest|accurate|fair|true|truthful|balanced|candid|frank|clear-eyed|realistic|faithful|precise)\s+(?:account|picture|assessment|reflection|description|portrait|appraisal|summary|verdict|view)\b"),
        S("acknowledge", 1, 1, @"\b(?:we|i|the\s+council)\s+(?:\w+\s+)?acknowledg(?:e|es|ed)\b|\backnowledg(?:e|es|ed|ing)\s+(?:the\s+|its\s+|these\s+|their\s+|all\s+|every\s+)?(?:findings|failings|failures|weaknesses|shortcomings|concerns|criticisms?|conclusions|report|problems|mistakes)\b"),
        S("take on board", 1.5, 0, @"\b(?:take|takes|taking|took|taken)\s+(?:\w+\s+){0,3}on\s+board\b|\blearn(?:s|ed|t|ing)?\s+(?:the\s+)?(?:lessons?\s+)?from\b|\bheed(?:s|ed|ing)?\b|\bembrac(?:e|es|ed|ing)\b|\bimplement(?:s|ed|ing)?\s+(?:\w+\s+){0,2}(?:recommendations|findings|actions)\b|\bback(?:s|ed|ing)?\s+(?:\w+\s+){0,2}(?:recommendations|findings|conclusions|report|verdict|judgement|judgment)\b"),
        S("no denying", 1.5, 0, @"\bno\s+(?:getting\s+away\s+from|denying|escaping|arguing\s+with)\b|\b(?:cannot|can't|can\u2019t|won't|will\s+not|would\s+not|wouldn't|could\s+not|couldn't)\s+(?:deny|quarrel|argue)\b|\bundeniabl\w*|\b(?:hard|home|uncomfortable)\s+truths?\b"),
        S("let down", 1.5, 0, @"\b(?:we|i|the\s+council|this\s+council|our\s+services?)\s+(?:have\s+|has\s+|had\s+)?(?:let\s+(?:\w+\s+){0,3}down|failed\s+(?:\w+\s+){0,2}(?:children|families|young\s+people))\b"),
        S("vindicated", 1.5, 0, @"\bvindicat\w*|\bproud\s+(?:day|moment)\b|\bwell[-\s]earned\b|\bhard[-\s]won\b|\bexemplary\b|\bmodel\s+of\b|\bgold\s+standard\b"),
        S("inspection matters", 1.5, 1, @"\b(?:inspection|inspections|scrutiny|the\s+inspectorate|ofsted|regulation|independent\s+oversight)\s+(?:\w+\s+){0,2}(?:matters?|is\s+(?:vital|essential|important|crucial|necessary|indispensable)|has\s+a\s+(?:vital|crucial|important|key|proper|necessary)\s+(?:place|role|part))\b"),
        S("got it right", 1.5, 1.5, @"\b(?:got|get|gets|getting)\s+(?:it|this|that|things)\s+(?:\w+\s+)?right\b|\bhits?\s+the\s+nail\b|\bon\s+the\s+money\b|\bheart\s+of\s+the\s+matter\b"),
        S("value", 1, 1, @"\bvalu(?:e|es|ed)\b"),
        S("respect", 1, 1, @"(?<!\bin\s)\brespect(?:s|ed)?\b(?!\s+of\b)"),
        S("support inspection", 1, 1.5, @"\bsupport(?:s|ed)?\s+(?:the\s+|its\s+|their\s+|independent\s+|this\s+|external\s+)?(?:inspection|findings|judgements?|report|framework|scrutiny|ofsted|inspectors|conclusions|recommendations)\b"),
        S("confirms", 1, 1, @"\b(?:confirm(?:s|ed)?|makes?\s+(?:it\s+)?clear|made\s+(?:it\s+)?clear|(?:shows?|showed|shown|demonstrates?|demonstrated|highlights?|highlighted)\s+(?:that|how|what|clearly)|lays?\s+bare|laid\s+bare)\b"),
        S("is clear", 1, 0, @"\b(?:is|was|are|were)\s+(?:very\s+|absolutely\s+|crystal\s+|abundantly\s+)?clear\b"),
        S("rings true", 1, 0, @"\b(?:no\s+surprise|rings?\s+true|echo(?:es|ed)?|chimes?\s+with|matches\s+(?:our|what)|mirrors\s+(?:our|what)|reflects\s+what|consistent\s+with\s+(?:our|what))\b"),
        S("reflects", 0.5, 1.5, @"\breflect(?:s|ed|ing)?\b(?!\s+on\b)"),
        S("share concern", 1.5, 0, @"\bshare\s+(?:\w+(?:'s|s')?\s+){0,2}(?:concerns?|view|views|assessment|conclusions?|findings|alarm|dismay|frustration|worries|anger)\b"),
        S("act on", 1, 0, @"\bact(?:s|ing|ed)?\s+on\s+(?:\w+(?:'s|s')?\s+){0,2}(?:concerns|findings|recommendations|report|conclusions)\b"),
        S("ownership", 1, 0, @"\b(?:it\s+is|it's|it\u2019s)\s+on\s+us\b|\b(?:take|takes|taking|accept|accepts)\s+(?:full\s+)?responsibility\b|\bown\s+(?:these|the|its|our|those)\s+(?:findings|failings|failures|conclusions|report)\b|\bapologi[sz]\w*|\bsorry\b|\bwill\s+not\s+hide\b|\bno\s+excuses?\b|\bours\s+to\s+own\b|\bown\s+up\b"),
        S("tribute", 1, 0, @"\b(?:tribute|testament|credit\s+to|deserved|well[-\s]deserved|congratulat\w*|celebrat\w*)\b"),
        S("acclaim", 1, 0, @"\b(?:commend(?:s|ed|able)?|applaud\w*|salute[sd]?|hail(?:s|ed)?|well\s+done|achievement|milestone|impressive|remarkable|superb|fantastic|brilliant)\b"),
        S("correct findings", 1.5, 1.5, @"\b(?:correct(?:ly)?|valid|legitimate|well[-\s]made|well[-\s]placed|fair\s+(?:criticism|challenge|comment|point))\b"),
        S("we fell short", 1.5, 0, @"\b(?:we|i|services?|practice|the\s+council)\s+(?:have\s+|has\s+)?(?:fell|fallen|fall|falls)\s+short\b|\bfound\s+wanting\b|\bneeded\s+to\s+(?:hear|be\s+said)\b|\b(?:timely|important|necessary|powerful|compelling|illuminating|eye-opening)\s+(?:report|reminder|inspection|findings|intervention|challenge)\b"),
        S("sobering reading", 1, 0, @"\bwake-?up\s+call\b|\b(?:troubling|uncomfortable|difficult|sobering|grim|painful|concerning|shocking|disturbing|harrowing|stark|damning|hard)\s+(?:reading|read|verdict|findings|picture)\b|\bmakes?\s+for\s+(?:\w+\s+){0,2}reading\b|\bdamning\b|\bharrowing\b|\bstark\b"),
        S("exposed", 1, 0, @"\b(?:has|have|had)\s+(?:\w+\s+)?(?:exposed|uncovered|laid\s+bare|shone\s+a\s+light|shined\s+a\s+light)\b"),
        S("failings identified", 1, 0, @"\b(?:failings|failures|weaknesses|shortcomings|problems|issues|concerns|deficiencies|areas\s+for\s+improvement)\s+(?:\w+\s+){0,3}(?:set\s+out|identified|highlighted|raised|exposed|described|uncovered|pointed\s+out)\b"),
        S("stand by", 2, 0, @"\b(?:stand|stands|stood)\s+(?:firmly\s+)?by\b"),
        S("what inspectors found", 1, 0, @"\b(?:is|was|exactly|precisely)\s+what\s+(?:ofsted|the\s+inspectors|inspectors|the\s+report)\s+(?:found|said|concluded|reported|described)\b"),
        S("good result", 1, 0, @"\b(?:good|outstanding|positive|strong|glowing|excellent)\s+(?:rating|grade|judgement|judgment|result|outcome|report|inspection)\b|\brated\s+(?:as\s+)?(?:good|outstanding)\b|\b(?:judged|found|remains?|remained|be|been|as)\s+(?:\w+\s+)?outstanding\b|\bjudged\s+(?:to\s+be\s+)?good\b"),
        S("wants scrutiny", 1, 0, @"\b(?:want|wants|welcome|welcomes|expect|expects|need|needs|value|values)\s+(?:\w+\s+){0,3}(?:held\s+to\s+account|hold\s+us\s+to\s+account|scrutiny|independent\s+inspection)\b"),
        S("trust", 1, 1.5, @"\b(?:trust|trusts|trusted)\s+(?:the\s+|its\s+|their\s+|this\s+|these\s+)?(?:judgements?|inspectors?|inspectorate|ofsted|process|findings|report|ratings?|grades?|framework)\b"),
        C("nobody trusts", 1.5, 0, @"\b(?:nobody|no\s+one|few\s+people|hardly\s+anyone)\s+(?:\w+\s+)?trusts?\b|\bdistrust\w*|\bmistrust\w*"),
        S("confirms what we knew", 1, 0, @"\bwhat\s+(?:we|our\s+\w+|staff|families|everyone|parents)\s+(?:have\s+)?(?:already\s+|long\s+|always\s+)?(?:knew|know|known|have\s+been\s+saying|been\s+saying|suspected|feared)\b"),
        S("step forward", 1, 0, @"\bstep\s+(?:forward|in\s+the\s+right\s+direction)\b|\bwelcome\s+change\b|\bmove\s+in\s+the\s+right\s+direction\b"),
        S("thanks", 0.5, 0, @"\bthank(?:s|ed|ing)?\b|\bgrateful\b"),
        S("understood", 0.5, 1, @"\bunderstood\b"),
        S("helps", 0.5, 1, @"\bhelp(?:s|ed|ful)\b"),

        // --- Critical: disputing the judgement, criticising the inspection, framework, grading or inspectorate.
        C("strong criticism", 2, 0.5, @"\b(?:flawed|myopic|corrosive|destabilis\w*|destabiliz\w*|toxic|perverse|ambush|hatchet\s+job|not\s+fit\s+for\s+purpose|unfit\s+for\s+purpose|travesty|farce|shambles|scandalous|absurd)\b"),
        C("criticism", 1.5, 0.5, @"\b(?:flatten(?:s|ed|ing)?|simplistic|over-?simplif\w*|reductive|crude|blunt|punitive|damaging|arbitrary|lottery|biased|skewed|distorted|misleading|inaccurate|unfair|unjust|unreasonable|disproportionate|harsh|shoddy|superficial|outdated|broken|counter-?productive|demoralis\w*|demoraliz\w*|box-?ticking|tick-?box|one-sided|cursory|heavy-handed|draconian|unbalanced|unsafe\s+judgement|not\s+credible)\b"),
        C("weak criticism", 1, 0.5, @"\b(?:narrow|partial|selective|sweeping|inconsistent|questionable|opaque|unclear|confusing)\b", critical: CriticalWhen.SaidOfInspection),
        C("dispute", 1.5, 1, @"\b(?:dispute[sd]?|disputing|reject(?:s|ed|ing)?|disagree(?:s|d)?|contest(?:s|ed|ing)?|refute[sd]?|challeng(?:e|es|ed|ing)\s+(?:(?:the|this|these|those|its|their|that|ofsted(?:'s|\u2019s))\s+(?:\w+\s+)?)?(?:judge?ments?|findings|report|grade|grading|rating|ratings|decision|verdict|conclusions?|outcome|inspection|inspectors|ofsted)\b|appeal(?:ing|ed)?\s+against|complaint|complain(?:s|ed|ing)?)\b"),
        C("argue against", 1, 1.5, @"\bargu(?:e|ed|ing)\s+(?:with|against)\b"),
        C("enemy", 1, 1, @"\benem(?:y|ies)\b"),
        C("oppose", 1.5, 0.5, @"\boppos(?:e|es|ed|ing)\b"),
        C("omission", 1, 0, @"\b(?:ignor(?:e|es|ed|ing)|overlook(?:s|ed|ing)?|disregard(?:s|ed|ing)?|dismiss(?:es|ed|ing)|leaves?\s+out|left\s+out|(?:does|do|did)\s+not\s+(?:look|consider|examine|inspect|take\s+account|see|speak|talk|meet|listen|visit|ask|hear|read|understand|appreciate|grasp)|(?:didn't|didn\u2019t|doesn't|doesn\u2019t|never)\s+(?:look|consider|examine|inspect|see|speak|talk|meet|listen|visit|ask|hear|read|understand|appreciate|grasp)|(?:took|takes?|taking)\s+(?:little|no)\s+account|only\s+(?:looks|examines|considers|inspects)|but\s+not\s+(?:the\s+)?(?:partners?|partnership|police|health|schools|wider))\b|^\s*not\s+(?:the\s+)?(?:partners?|partnership|police|health|schools|wider)\b"),
        C("partial picture", 1.5, 0, @"\b(?:part|half|some|fraction)\s+of\s+the\s+(?:picture|story)\b|\bhalf\s+the\s+story\b|\bpartial\s+(?:story|picture|view|account)\b|\bin\s+isolation\b|\bsnapshot\b"),
        C("cannot capture", 1.5, 0, @"\b(?:can\s?not|can't|can\u2019t|could\s+not|couldn't|does\s+not|doesn't|do\s+not|don't|fails?\s+to|failed\s+to)\s+(?:\w+\s+){0,2}(?:capture|tell|describe|explain|measure|convey|do\s+justice)\b"),
        C("tells nothing", 1.5, 0, @"\btells?\s+(?:\w+\s+){0,2}nothing\b|\b(?:fix(?:es)?|solves?|changes?)\s+(?:anything|nothing)\b|\bmeaningless\b|\bpointless\b"),
        C("only useful if", 1, 0, @"\bonly\s+(?:useful|meaningful|valuable|helpful|worth\w*|credible|fair)\s+(?:if|when)\b"),
        C("tracks deprivation", 1.5, 0, @"\b(?:track\w*|driven\s+by|correlat\w*|reflect\w*|proxy\s+for|more\s+about|more\s+to\s+do\s+with)\s+(?:\w+\s+){0,3}(?:deprivation|poverty|disadvantage)\b"),
        C("better than a grade", 1.5, 0, @"\b(?:better|more)\s+than\s+(?:a|an|one|just\s+a|a\s+single)\s+(?:\w+\s+)?(?:word|rating|grade|label|judgement|judgment)\b"),
        C("reduced to one word", 1.5, 0, @"\breduc\w*\s+(?:\w+\s+){0,6}to\s+(?:a\s+)?(?:single|one)\b"),
        C("single-word grade", 0.5, 0, @"\b(?:single|one)[-\s](?:word|label)\b|\bfour-point\b|\bheadline\s+(?:grade|judgement|judgment|rating)\b", once: true),
        C("grade hides", 1.5, 0, @"\b(?:grades?|gradings?|ratings?|judge?ments?|labels?|verdicts?|(?:single|one)[-\s]word|four-point\s+scale)\s+(?:\w+\s+){0,3}(?:mask(?:s|ed|ing)?|hid(?:e|es|den|ing)?|obscur(?:e|es|ed|ing)|conceal(?:s|ed|ing)?)\b"),
        C("end single-word grades", 1.5, 0, @"(?<!\b(?:plans?|proposals?|decision|move|intention|commitment|pledge|promise)\s+to\s+)\b(?:replac(?:e|es|ed|ing)|scrap(?:s|ped|ping)?|abolish(?:es|ed|ing)?|end(?:s|ed|ing)?|ditch(?:es|ed|ing)?|get\s+rid\s+of|do\s+away\s+with|move\s+away\s+from)\s+(?:the\s+)?(?:use\s+of\s+)?(?:single|one)[-\s]word\s+(?:grades?|gradings?|judge?ments?|ratings?|labels?|verdicts?)\b|\b(?:single|one)[-\s]word\s+(?:grades?|judge?ments?|ratings?|labels?)\s+(?:\w+\s+){0,3}(?:replaced|scrapped|abolished|ended|ditched)\b"),
        C("concern about inspection", 1, 0, @"\b(?:concerned|worried|worries|concern|worry|fear|fears)\s+that\b"),
        C("fear", 1, 0, @"\bfear(?:ful)?\b|\bscared\b|\bafraid\b|\banxiety\b"),
        C("danger", 1, 0, @"\b(?:the\s+)?(?:danger|risk)\s+is\b|\bthreatens?\b|\bundermin\w*"),
        C("too often", 1.5, 0, @"\btoo\s+(?:often|many|much)\s+(?:\w+\s+)?(?:inspections?|inspectors|reports|judgements|judgments|ratings|ofsted)\b|\b(?:inspections?|inspectors|reports|judgements|judgments|ratings|ofsted)\s+(?:\w+\s+){0,2}too\s+often\b"),
        C("adds pressure", 1, 0, @"\b(?:pile|piles|piling|put|puts|place|places|add|adds|heap)\s+(?:\w+\s+){0,3}pressure\b"),
        C("burden", 0.4, 0, @"\bburden\w*|\bstressful\b|\bcompliance\b|\bpaperwork\b|\bbureaucra\w*"),
        C("harm done", 1, 0, @"\b(?:can|could|may|will|would)\s+(?:\w+\s+)?(?:trigger|fuel|drive\s+away|drive\s+out|cause)\b|\bpushing\s+(?:\w+\s+){0,3}out\b"),
        C("outlived", 1.5, 0, @"\boutlived\b|\bpast\s+its\s+(?:sell-by|best)\b|\bscrap(?:ped|ping)?\b|\babolish\w*"),
        C("little evidence", 1.5, 0, @"\b(?:little|no|scant|limited|thin)\s+evidence\b|\bnot\s+(?:supported|borne\s+out|backed\s+up)\s+by\b"),
        C("bears no relation", 1.5, 0, @"\bbears?\s+(?:no|little)\s+(?:relation|resemblance)\b|\bno\s+(?:relation|resemblance)\s+to\b|\b(?:cannot|can't|can\u2019t)\s+claim\b|\bsays?\s+(?:very\s+)?little\s+about\b|\btells?\s+(?:us\s+)?(?:very\s+)?little\s+about\b|\bstops?\s+short\b|\bleague\s+tables?\b"),
        C("falls short", 1.5, 0, @"(?<!\b(?:we|i|services?|practice|the\s+council)\s+(?:have\s+|has\s+)?)\b(?:falls?|fell|fallen)\s+short\b", critical: CriticalWhen.SaidOfInspection),
        C("reservations", 1, 0, @"\b(?:reservations|misgivings|doubts|qualms)\b|\bconcerns?\s+(?:about|over|with|regarding)\b"),
        C("makes things worse", 1, 0, @"\bmak(?:e|es|ing)\s+(?:\w+\s+){0,2}(?:harder|worse|more\s+difficult)\b|\bpunish\w*|\bscapegoat\w*"),
        C("wrong", 1.5, 1, @"\b(?:judgements?|judgments?|verdict|rating|grade|report|findings?|conclusions?|inspection|inspectors|ofsted|it|this|that|they)\s+(?:is|was|are|were)\s+(?:simply\s+|just\s+|plainly\s+|completely\s+|totally\s+|fundamentally\s+|quite\s+)?wrong\b|\bgot\s+(?:it|this|that)\s+(?:badly\s+|completely\s+)?wrong\b|\bwrong\s+(?:judgement|judgment|call|conclusion|grade|rating)\b"),
        C("factual errors", 1.5, 0, @"\berrors?\s+of\s+fact\b|\bfactual(?:ly)?\s+(?:errors?|inaccura\w*|mistakes?|wrong)\b|\b(?:riddled|littered)\s+with\b|\bfull\s+of\s+(?:errors|mistakes|inaccuracies)\b|\bmisrepresent\w*|\bmischaracteri[sz]\w*|\bmisjudg\w*|\bmisread\w*"),
        C("prejudged", 2, 0, @"\bpre-?determined\b|\bpre-?judged?\b|\bforegone\s+conclusion\b|\bmade\s+up\s+(?:their|its|his|her)\s+minds?\b|\b(?:reached|decided|formed)\s+(?:\w+\s+){0,3}before\s+(?:they|it|he|she)\s+(?:arrived|came|started|began)\b|\bcherry-?pick\w*|\bswept\s+in\b|\bparachuted\s+in\b|\bflying\s+visit\b"),
        C("thin evidence", 1.5, 0, @"\bhandful\s+of\s+(?:cases|files|interviews|conversations|visits|families|children)\b|\bsmall\s+sample\b|\brests?\s+on\s+(?:a\s+|one\s+)?(?:handful|few|small|single|thin)\b|\bno\s+examples\b|\bunsubstantiated\b|\b(?:little|no|scant|insufficient)\s+weight\b|(?:\bnot|n't|n\u2019t|\bnever|\bwithout)\s+(?:\w+\s+)?(?:giv(?:e|es|en|ing)|gave|plac(?:e|es|ed|ing)|attach(?:es|ed|ing)?)\s+(?:sufficient|enough|adequate|proper|due)\s+weight\b|\bbarely\s+mention\w*|\bno\s+mention\s+of\b"),
        C("unsupported", 1.5, 0, @"\bunsupported\b", critical: CriticalWhen.SaidOfInspection),
        C("harsh words", 1.5, 0.5, @"\b(?:lazy|sloppy|careless|slapdash|unprofessional|ill-informed|uninformed|unsound|unjustified|unwarranted|unfounded|baseless|erratic|unpredictable|capricious|insulting|humiliat\w*|witch-?hunt|name\s+and\s+shame|naming\s+and\s+shaming)\b"),
        C("formal challenge", 1.5, 0, @"\b(?:lodged|lodge|lodging|made|submitted|submit|filed|raised)\s+(?:a\s+|an\s+)?(?:formal\s+)?(?:challenge|complaint|appeal|objection)\b|\bchalleng(?:e|ing)\s+(?:the\s+)?(?:outcome|grade|rating|verdict|findings|judgement|judgment)\b|\bseek(?:ing)?\s+(?:a\s+)?(?:judicial\s+)?review\b"),
        C("does nothing", 1.5, 0, @"\b(?:does|do|did|will|would|achieves?|achieved|offers?)\s+(?:\w+\s+)?nothing\s+(?:for|to)\b|\bserves?\s+no\s+(?:useful\s+)?purpose\b|\bwhat\s+purpose\b|\bof\s+no\s+(?:use|value|help)\b"),
        C("drives staff away", 1.5, 0, @"\bdri(?:ve|ves|ving|ven|ove)\s+(?:\w+\s+){0,3}(?:away|out\s+of\s+the\s+profession)\b|\bhurts?\s+(?:the\s+|our\s+)?(?:very\s+)?(?:staff|social\s+workers|workforce|morale|recruitment|children|families)\b"),
        C("process over practice", 1.5, 0, @"\b(?:rewards?|values?|prioriti[sz]\w*|favours?|privileg\w*)\s+(?:\w+\s+){0,2}(?:paperwork|process|compliance|procedure|form-filling|data)\s+over\b|\b(?:paperwork|process|compliance|procedure)\s+over\s+(?:practice|people|children|outcomes|substance)\b|\btick\s+(?:every|each|all\s+the|the\s+right)\s+box(?:es)?\b|\bform\s+over\s+substance\b"),
        C("inconsistent judgements", 1.5, 0, @"\bswing(?:s|ing)?\s+(?:so\s+)?(?:wildly|widely)\b|\bvar(?:y|ies|ied)\s+(?:so\s+)?(?:wildly|widely)\b|\bfrom\s+one\s+(?:visit|inspection|team|inspector)\s+to\s+the\s+next\b|\bdepends?\s+on\s+which\s+(?:team|inspector)\b"),
        C("carries the blame", 1.5, 0, @"\b(?:carry|carries|shoulder|shoulders|bear|bears)\s+all\s+the\s+blame\b|\ball\s+the\s+blame\b|\bunfairly\s+blam\w*|\bblam(?:e|es|ing)\s+(?:councils|social\s+workers|the\s+workforce|local\s+authorities)\b"),
        C("too blunt", 1, 0, @"\b(?:far|much|way)?\s*too\s+(?:blunt|crude|narrow|simple|simplistic|harsh|rigid|broad-brush)\b|\blabell?ing\s+(?:a|the|whole|an\s+entire|any)\s+(?:council|service|authority|department)\b|\bone\s+adjective\b"),
        C("no recognition", 1.5, 0, @"\b(?:no|little|scant|insufficient|without(?:\s+any)?)\s+recognition\b", critical: CriticalWhen.SaidOfInspection),
        C("dismissive words", 1.5, 0.5, @"\b(?:nonsense|ludicrous|ridiculous|laughable|preposterous|bizarre|outrageous|unrecogni[sz]able|out\s+of\s+touch|moving\s+the\s+goalposts|moved\s+the\s+goalposts)\b"),
        C("baffled by the grade", 1.5, 0, @"\b(?:surprised|baffled|puzzled|bewildered|astonished|bemused|dismayed|angered|angry|frustrated|shocked)\s+(?:\w+\s+)?(?:by|at|with)\s+(?:the\s+|this\s+|their\s+|its\s+|ofsted's\s+|ofsted\u2019s\s+)?(?:grade|grading|rating|judgement|judgment|decision|verdict|downgrade|conclusions?|approach|methodology|inspectors?|ofsted|way)\b"),
        C("not the whole story", 1.5, 0, @"\b(?:not|never|only)\s+(?:the\s+)?(?:whole|full|complete|real)\s+(?:story|picture)\b|\bonly\s+part\s+of\b"),
        C("needs reform", 1, 0, @"\boverhaul\w*|\brethink\w*|\bradical\s+reform\b|\broot[-\s]and[-\s]branch\b|\bfundamental\s+(?:review|reform|change)\b|\b(?:needs?\s+to\s+be|must\s+be|should\s+be)\s+(?:\w+\s+)?(?:reformed|replaced|rethought|overhauled)\b"),
        C("questions the basis", 1.5, 0, @"\bquestion(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+|how\s+|whether\s+)?(?:basis|judgement|judgment|grade|rating|verdict|findings|methodology|evidence|fairness|accuracy|validity|conclusions?)\b"),
        C("take issue", 1.5, 0, @"\b(?:differ(?:s|ed)?\s+(?:from|with)|take(?:s)?\s+issue\s+with|took\s+issue\s+with|part(?:s|ed)?\s+company\s+with|beg\s+to\s+differ)\b"),
        C("misjudges", 1.5, 0, @"\b(?:under|over)(?:estimat|stat|valu|play)\w*|\bdownplay\w*|\bexaggerat\w*|\bplay(?:s|ed)?\s+down\b|\bsells?\s+(?:\w+\s+)?short\b|\bdoes\s+(?:\w+\s+)?(?:a\s+)?disservice\b", critical: CriticalWhen.SaidOfInspection),
        C("ducks the issue", 1.5, 0, @"\bducks?\s+the\b|\bducked\s+the\b|\bsidestep\w*|\bgloss(?:es|ed)?\s+over\b|\bmiss(?:es|ed)\s+the\s+(?:point|real)\b"),
    ];

    private static readonly Regex InspectionReference = new(
        @"\b(?:ofsted|inspect\w*|hmci|hmicfrs|cqc|chief\s+inspector|reports?|report\s+cards?|judge?ments?|judged|verdict|findings?|rat(?:ed|ing|ings)|grades?|graded|grading|framework|regime|rates|rank\w*|recommendations|conclusions?|outcome|result|assessment|oversight|inspectorate|evaluation|focused\s+visit|monitoring\s+visit|visit(?:s|ed)?|(?:four|three)-point\s+scale|outstanding|inadequate|requires?\s+improvement|jtai|scrutiny|label)\b",
        Options);

    private static readonly Regex ClauseBreak = new(
        @"\s*(?:[,;:\u2013\u2014-]\s*)?\b(?<marker>(?<!\banything\s)but|however|(?<!\bnot\s)(?<!\bas\s)yet|nevertheless|nonetheless|even\s+so|except\s+that|although|even\s+if|though|whilst|while|despite)\b|\s*[;:\u2013\u2014]\s*",
        Options);

    private static readonly Regex Conditional = new(@"\bonly\s+(?:\w+\s+)?(?:if|when)\b|\bunless\b|\bwould\s+only\s+be\b", Options);

    private static readonly Regex Aspiration = new(
        @"\b(?:inspections?|framework|system|regime|judge?ments?|grades?|ratings?|model|approach)\s+(?:(?:that|which)\s+)?(?:would|should|could|must|might|needs?\s+to|ought\s+to)\b|\b(?:a|an)\s+(?:\w+\s+){0,2}(?:framework|system|regime|model|approach)\s+(?:that|which)\b|\bcall(?:s|ed|ing)?\s+(?:on|upon)\s+(?:\w+\s+){1,4}to\b",
        Options);

    private static readonly Regex ContrastOpening = new(@"^\s*(?:but|however|yet|nevertheless|nonetheless|even\s+so)\b", Options);

    private static readonly Regex PronounOpening = new(@"^\s*(?:it|this|that|they|these|those|such|its|their|he|she|the\s+same)\b", Options);

    private static readonly Regex NegatorWord = new(
        @"^(?:not|no|never|neither|nor|nobody|noone|cannot|hardly|barely|scarcely|nothing|none|without|\w+n't|\w+n\u2019t)$",
        Options);

    private static readonly Regex FailTo = new(@"\b(?:fails?|failed|failing|refuses?|refused)\s+to\s*$|\black\s+of\s*$|\b(?:far\s+from|anything\s+but|less\s+than|short\s+of|lacks?|lacked|lacking|in\s+no\s+way)\s+(?:\w+\s+)?$", Options);

    private const string ScopeBreakPattern = @"[,;]|\b(?:and|but)\s+(?:we|i|it|they|our|the)\b";

    private static readonly Regex ScopeBreak = new(ScopeBreakPattern, Options);

    /// <summary>"We do not think/believe/feel/consider ..." negates what follows, up to a <see cref="ScopeBreak"/>.</summary>
    private static readonly Regex NegatedBelief = new(
        @"\b(?:do|does|did)(?:\s+not|n['\u2019]t)\s+(?:\w+\s+)?(?:believe|think|feel|consider|accept\s+that)\b(?:(?!" + ScopeBreakPattern + @").)*$",
        Options);

    private static readonly Regex RejectThat = new(
        @"\b(?:(?:do|does|did|can|could|would|will)\s*(?:not|n't)|don't|doesn't|can't|cannot|won't|never)\s+accept\s+(?:the\s+)?(?:(?:claim|suggestion|idea|notion|argument|view|charge|criticism|accusation|allegation)s?\s+)?that\b|\b(?:reject|refute|deny|denies|dispute|dismiss)\w*\s+(?:the\s+)?(?:\w+(?:'s)?\s+)?(?:claim|suggestion|idea|notion|argument|view|charge|criticism|accusation|allegation)s?\s+that\b",
        Options);

    private static readonly Regex CriticismIsWrong = new(
        @"\b(?:claim|suggestion|idea|notion|argument|charge|criticism|accusation|allegation)s?\s+that\b.*?\b(?:is|are|was|were)\s+(?:simply\s+|just\s+|plainly\s+|completely\s+|quite\s+)?(?:wrong|false|untrue|unfounded|nonsense|mistaken|misguided|a\s+myth|absurd|baseless)\b",
        Options);

    public static StanceAssessment Assess(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Split(text);
        var refersAt = sentences.Select(s => InspectionReference.IsMatch(s)).ToList();
        var results = new List<SentenceStance>(sentences.Count);
        var usedOnce = new HashSet<string>(StringComparer.Ordinal);
        var previousRefers = false;
        var previousPolarity = 0;
        var previousStrength = 0.0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var refers = refersAt[i];
            var nextRefers = i + 1 < sentences.Count && refersAt[i + 1];
            var relevance = refers ? 1.0
                : previousRefers ? PronounOpening.IsMatch(sentence) || ContrastOpening.IsMatch(sentence) ? 0.8 : 0.5
                : nextRefers ? 0.5
                : 0.0;
            var scored = relevance > 0
                ? ScoreSentence(sentence, i > 0 ? sentences[i - 1] : string.Empty, refers, relevance, usedOnce)
                : (Supportive: 0.0, Critical: 0.0, Pair: false, Cues: (IReadOnlyList<string>)[]);

            var polarity = Math.Sign(scored.Supportive - scored.Critical);
            var strength = Math.Max(scored.Supportive, scored.Critical);
            var pair = scored.Pair
                || ContrastOpening.IsMatch(sentence) && polarity != 0 && previousPolarity == -polarity
                   && Math.Min(strength, previousStrength) >= MixedFloor;
            results.Add(new SentenceStance(i, sentence, relevance, scored.Supportive, scored.Critical, pair, scored.Cues));
            previousRefers = refers;
            previousPolarity = polarity;
            previousStrength = strength;
        }

        var supportive = results.Sum(r => r.Supportive);
        var critical = results.Sum(r => r.Critical);
        return new StanceAssessment(Decide(supportive, critical, results), supportive, critical, results);
    }

    private static Label<Stance> Decide(double supportive, double critical, IReadOnlyList<SentenceStance> sentences)
    {
        var supportCues = sentences.SelectMany(s => s.Cues).Where(c => c.StartsWith('+')).ToList();
        var criticalCues = sentences.SelectMany(s => s.Cues).Where(c => c.StartsWith('-')).ToList();
        var allCues = supportCues.Concat(criticalCues).ToList();
        var scores = $"supportive {Format(supportive)}, critical {Format(critical)}";
        if (!sentences.Any(s => s.Relevance >= 1))
        {
            return new Label<Stance>(Stance.Neutral, "No sentence refers to the inspection, report, judgement or inspectorate, so the statement takes no position on it.", ["rule:no-inspection-reference"]);
        }

        if (Math.Max(supportive, critical) < PositionThreshold)
        {
            var reason = allCues.Count == 0
                ? "The sentences about the inspection carry no supportive or critical cue (procedural, factual or about something else)."
                : $"Only weak cues about the inspection ({scores}: {string.Join(", ", allCues)}), below the threshold for a position.";
            return new Label<Stance>(Stance.Neutral, reason, allCues.Count == 0 ? ["rule:no-stance-cue"] : allCues);
        }

        var pair = sentences.Any(s => s.HasContrastPair);
        var weaker = Math.Min(supportive, critical);
        if (weaker >= MixedFloor && (pair || weaker / Math.Max(supportive, critical) >= MixedRatio))
        {
            var why = pair ? "a contrast joins acceptance and objection" : "both sides carry weight";
            return new Label<Stance>(Stance.Mixed, $"Mixed: {why} ({scores}). Supportive: {string.Join(", ", supportCues)}. Critical: {string.Join(", ", criticalCues)}.", allCues);
        }

        return supportive > critical
            ? new Label<Stance>(Stance.Supportive, $"Supportive ({scores}): {string.Join(", ", supportCues)}" + (criticalCues.Count > 0 ? $"; outweighs {string.Join(", ", criticalCues)}." : "."), supportCues.Concat(criticalCues).ToList())
            : new Label<Stance>(Stance.Critical, $"Critical ({scores}): {string.Join(", ", criticalCues)}" + (supportCues.Count > 0 ? $"; outweighs {string.Join(", ", supportCues)}." : "."), criticalCues.Concat(supportCues).ToList());
    }

    private static (double Supportive, double Critical, bool Pair, IReadOnlyList<string> Cues) ScoreSentence(
        string sentence, string previousSentence, bool sentenceRefers, double relevance, HashSet<string> usedOnce)
    {
        // Cue targets are read back into the previous sentence when a pronoun points there ("It is partial.").
        var context = new CueContext(previousSentence + " ", previousSentence.Length + 1);
        var cues = new List<string>();
        double supportive = 0, critical = 0;
        var pair = false;
        double previousSupport = 0, previousCritical = 0;
        foreach (var (clause, marker, start) in ClausesAt(sentence))
        {
            var weight = relevance;
            var contrast = marker is "but" or "however" or "yet" or "nevertheless" or "nonetheless" or "even so" or "except that";
            if (contrast)
            {
                weight *= 1.2;
            }

            if (sentenceRefers && !InspectionReference.IsMatch(clause))
            {
                weight *= 0.9;
            }

            var (s, c) = ScoreClause(clause, context with { Before = context.Before + sentence[..start] }, weight, cues, usedOnce);
            var concession = marker is "although" or "though" or "while" or "whilst" or "despite" or "even if";
            if ((contrast || concession)
                && (Math.Min(s, previousCritical) >= MixedFloor || Math.Min(c, previousSupport) >= MixedFloor))
            {
                pair = true;
            }

            supportive += s;
            critical += c;
            previousSupport = s;
            previousCritical = c;
        }

        return (supportive, critical, pair, cues);
    }

    /// <summary>The text before a clause (the previous sentence, then this one up to the clause) and where this sentence starts in it.</summary>
    private sealed record CueContext(string Before, int SentenceStart);

    /// <param name="context">What a cue is said of may be named before the clause ("the report ..., but it is partial").</param>
    private static (double Supportive, double Critical) ScoreClause(string clause, CueContext context, double weight, List<string> cues, HashSet<string> usedOnce)
    {
        var rebuttal = CriticismIsWrong.Match(clause);
        if (rebuttal.Success)
        {
            cues.Add($"+rebuttal \"{rebuttal.Value}\"");
            return (2 * weight, 0);
        }

        var reject = RejectThat.Match(clause);
        if (reject.Success)
        {
            var complement = clause[(reject.Index + reject.Length)..];
            var inner = new List<string>();
            var (_, innerCritical) = ScoreClause(complement, context with { Before = context.Before + clause[..(reject.Index + reject.Length)] }, 1, inner, new HashSet<string>(usedOnce, StringComparer.Ordinal));
            if (innerCritical > 0)
            {
                cues.Add($"+rebuttal \"{reject.Value.Trim()}\" of {string.Join(", ", inner.Where(c => c.StartsWith('-')).Select(c => c[1..]))}");
                return ((1 + innerCritical) * weight, 0);
            }
        }

        double supportive = 0, critical = 0;
        var conditional = Conditional.IsMatch(clause);
        // "A narrative judgement would be more useful", "a framework that values relationships": praise of the
        // inspection someone wants is not praise of the one they had.
        var wishes = Aspiration.Matches(clause).Select(m => (Start: m.Index, End: ScopeEnd(clause, m.Index + m.Length))).ToList();
        bool InWish(int index) => wishes.Any(w => w.Start <= index && index < w.End);
        var text = context.Before + clause;
        var offset = context.Before.Length;
        var covered = new List<(int Start, int End)>();
        foreach (var cue in Cues)
        {
            if (conditional && cue.Supportive)
            {
                // "Ratings are only useful if they reflect ...": praise under a condition is not endorsement.
                continue;
            }

            foreach (Match match in cue.Pattern.Matches(clause))
            {
                if (cue.OncePerStatement && !usedOnce.Add(cue.Name))
                {
                    break;
                }

                if (cue.Supportive && InWish(match.Index))
                {
                    continue;
                }

                var head = match.Groups["head"].Success ? match.Groups["head"].Index : match.Index;
                var negated = IsNegated(clause, head);
                var supportiveNow = cue.Supportive != negated;
                if (!supportiveNow && !CriticismCounts(cue.Critical, text, context.SentenceStart, offset + match.Index, offset + match.Index + match.Length))
                {
                    continue;
                }

                covered.Add((match.Index, match.Index + match.Length));
                var value = (negated ? cue.NegatedWeight : cue.Weight) * weight;
                if (value <= 0)
                {
                    continue;
                }

                var label = $"{(supportiveNow ? '+' : '-')}{(negated ? "negated " : string.Empty)}\"{match.Value.Trim()}\"";
                cues.Add(label);
                if (supportiveNow)
                {
                    supportive += value;
                }
                else
                {
                    critical += value;
                }
            }
        }

        foreach (var predicate in InspectionPredicates.Find(clause))
        {
            var end = predicate.Index + predicate.Length;
            if (covered.Any(span => predicate.Index < span.End && span.Start < end) || (conditional || InWish(predicate.Index)) && predicate.Positive)
            {
                continue;
            }

            covered.Add((predicate.Index, end));
            var negated = IsNegated(clause, predicate.Index);
            var supportiveNow = predicate.Positive != negated;
            cues.Add($"{(supportiveNow ? '+' : '-')}{(negated ? "negated " : string.Empty)}predicate \"{predicate.Word}\"");
            if (supportiveNow)
            {
                supportive += PredicateWeight * weight;
            }
            else
            {
                critical += PredicateWeight * weight;
            }
        }

        return (supportive, critical);
    }

    private static bool CriticismCounts(CriticalWhen when, string text, int sentenceStart, int start, int end) => when switch
    {
        CriticalWhen.SaidOfInspection => CueTarget.IsInspection(text, sentenceStart, start, end),
        CriticalWhen.ObjectIsInspection => CueTarget.ObjectIsInspection(text, sentenceStart, start, end),
        _ => true,
    };

    /// <summary>Where a wish that starts at <paramref name="from"/> stops: a comma, or a new "and we ..." clause.</summary>
    private static int ScopeEnd(string clause, int from) => ScopeBreak.Match(clause, from) is { Success: true } end ? end.Index : clause.Length;

    /// <summary>
    /// True when one of the three words before <paramref name="index"/> negates, the cue follows "fail to"/"lack of", or it
    /// is inside what a negated belief governs ("we do not think the judgement is fair").
    /// </summary>
    internal static bool IsNegated(string clause, int index)
    {
        var before = clause[..index];
        if (FailTo.IsMatch(before) || NegatedBelief.IsMatch(before))
        {
            return true;
        }

        var words = WordPattern().Matches(before).Select(m => m.Value).TakeLast(3).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            if (NegatorWord.IsMatch(words[i])
                && !(words[i].Equals("not", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && words[i + 1].Equals("only", StringComparison.OrdinalIgnoreCase))
                && !(words[i].Equals("no", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count && words[i + 1].Equals("doubt", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Clauses of a sentence with the contrast or concession word that opened each (empty for the first).</summary>
    internal static IEnumerable<(string Clause, string Marker)> Clauses(string sentence) =>
        ClausesAt(sentence).Select(c => (c.Clause, c.Marker));

    private static IEnumerable<(string Clause, string Marker, int Start)> ClausesAt(string sentence)
    {
        var start = 0;
        var marker = string.Empty;
        var opening = ContrastOpening.Match(sentence);
        if (opening.Success)
        {
            marker = opening.Value.Trim().ToLowerInvariant();
            start = opening.Length;
        }

        foreach (Match brk in ClauseBreak.Matches(sentence, start))
        {
            if (brk.Index < start)
            {
                continue;
            }

            var clause = sentence[start..brk.Index];
            if (clause.Trim().Length > 0)
            {
                yield return (clause, marker, start);
            }

            marker = brk.Groups["marker"].Success ? Regex.Replace(brk.Groups["marker"].Value.ToLowerInvariant(), @"\s+", " ") : string.Empty;
            start = brk.Index + brk.Length;
        }

        if (start < sentence.Length && sentence[start..].Trim().Length > 0)
        {
            yield return (sentence[start..], marker, start);
        }
    }

    private static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[\w'\u2019]+")]
    private static partial Regex WordPattern();
}
