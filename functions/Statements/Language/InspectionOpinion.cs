namespace Publishing.Statements.Language;

/// <summary>
/// One opinion-mining assessment of a target that is the inspection (or its report, judgement, framework ...):
/// <paramref name="Supportive"/> when the service rated it positive, with that side's <paramref name="Confidence"/>.
/// </summary>
public sealed record InspectionOpinion(string Target, string Assessment, bool Supportive, double Confidence, bool Negated)
{
    public string Cue =>
        $"{(Supportive ? '+' : '-')}azure:\"{Target}\" \u2190 \"{(Negated ? "not " : string.Empty)}{Assessment}\" ({(Supportive ? "positive" : "negative")} {Confidence:0.00})";
}
