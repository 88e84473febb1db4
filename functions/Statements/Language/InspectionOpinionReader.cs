using System.Text.RegularExpressions;
using Publishing.Statements.Language.Models;

namespace Publishing.Statements.Language;

/// <summary>
/// Reads opinion-mining results for opinions about the inspection: targets naming the inspection, report, judgement,
/// framework, inspectors or Ofsted, joined to their assessments through the target's relations
/// (<c>#/documents/0/sentences/1/assessments/0</c>). Assessments that express how the findings feel rather than a view
/// of the inspection ("disappointing", "difficult", "sobering" report) are set aside: the taxonomy does not count a
/// council's disappointment as criticism of the inspection, and the local rules read "sobering reading" as acceptance.
/// </summary>
public static partial class InspectionOpinionReader
{
    public static (IReadOnlyList<InspectionOpinion> Opinions, IReadOnlyList<string> SetAside) Read(IEnumerable<SentimentDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var opinions = new List<InspectionOpinion>();
        var setAside = new List<string>();
        foreach (var sentence in documents.SelectMany(d => d.Sentences))
        {
            foreach (var target in sentence.Targets.Where(t => InspectionTarget().IsMatch(t.Text)))
            {
                foreach (var relation in target.Relations.Where(r => r.RelationType.Equals("assessment", StringComparison.OrdinalIgnoreCase)))
                {
                    if (AssessmentIndex(relation.Ref) is not { } index || index >= sentence.Assessments.Count)
                    {
                        continue;
                    }

                    var assessment = sentence.Assessments[index];
                    if (FeelingAboutFindings().IsMatch(assessment.Text))
                    {
                        setAside.Add($"\"{target.Text}\" \u2190 \"{assessment.Text}\"");
                        continue;
                    }

                    var positive = assessment.Sentiment.Equals("positive", StringComparison.OrdinalIgnoreCase);
                    var negative = assessment.Sentiment.Equals("negative", StringComparison.OrdinalIgnoreCase);
                    if (positive || negative)
                    {
                        var confidence = positive ? assessment.ConfidenceScores.Positive : assessment.ConfidenceScores.Negative;
                        opinions.Add(new InspectionOpinion(target.Text, assessment.Text, positive, confidence, assessment.IsNegated));
                    }
                }
            }
        }

        return (opinions, setAside);
    }

    private static int? AssessmentIndex(string reference)
    {
        var match = AssessmentRef().Match(reference);
        return match.Success && int.TryParse(match.Groups[1].ValueSpan, out var index) ? index : null;
    }

    [GeneratedRegex(@"\b(?:inspect\w*|ofsted|hmci|inspectorate|reports?|judge?ments?|verdict|findings?|ratings?|grades?|grading|framework|regime|methodology|criteria|outcome|assessment|conclusions?|recommendations?|visit)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InspectionTarget();

    [GeneratedRegex(@"^\s*(?:very\s+|deeply\s+|extremely\s+)?(?:disappoint\w*|sad\w*|upset\w*|difficult|hard|tough|painful|sobering|uncomfortable|concerning|worrying|troubling|shocking|stark|damning|grim|distressing|harrowing)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FeelingAboutFindings();

    [GeneratedRegex(@"/assessments/(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AssessmentRef();
}
