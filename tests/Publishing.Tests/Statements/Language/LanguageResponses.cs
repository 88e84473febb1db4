using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Publishing.Tests.Statements.Language;

/// <summary>
/// Builds the documented 2023-04-01 answer shapes of <c>:analyze-text</c> (azure-platform.md section 3) for the
/// documents of a request: sentiment with sentences, opinion-mining targets, assessments and relations; key phrases;
/// entities; and the per-document "InvalidDocument" error for texts over 5,120 characters, as the service gives.
/// </summary>
internal static partial class LanguageResponses
{
    public const string ModelVersion = "2022-11-01";

    public static string Sentiment(IReadOnlyList<(string Id, string Text)> documents, Func<string, IEnumerable<FakeOpinion>> opinions) =>
        Envelope("SentimentAnalysisResults", documents, (index, id, text) =>
        {
            var sentences = SentenceSpans(text).Select(span => new JsonObject
            {
                ["sentiment"] = "neutral",
                ["confidenceScores"] = Scores(0.1, 0.8, 0.1),
                ["offset"] = span.Offset,
                ["length"] = span.Length,
                ["text"] = text.Substring(span.Offset, span.Length),
                ["targets"] = new JsonArray(),
                ["assessments"] = new JsonArray(),
            }).ToList();
            foreach (var opinion in opinions(text))
            {
                var targetAt = text.IndexOf(opinion.Target, StringComparison.OrdinalIgnoreCase);
                var assessmentAt = text.IndexOf(opinion.Assessment, StringComparison.OrdinalIgnoreCase);
                if (targetAt < 0 || assessmentAt < 0)
                {
                    throw new InvalidOperationException($"Fake opinion '{opinion.Target}'/'{opinion.Assessment}' is not in the text.");
                }

                var sentenceIndex = SentenceSpans(text).FindIndex(s => targetAt >= s.Offset && targetAt < s.Offset + s.Length);
                var sentence = sentences[sentenceIndex];
                var assessments = sentence["assessments"]!.AsArray();
                var positive = opinion.Sentiment == "positive";
                var confidence = TwoWay(positive ? opinion.Confidence : 1 - opinion.Confidence);
                assessments.Add(new JsonObject
                {
                    ["sentiment"] = opinion.Sentiment,
                    ["confidenceScores"] = confidence,
                    ["offset"] = assessmentAt,
                    ["length"] = opinion.Assessment.Length,
                    ["text"] = text.Substring(assessmentAt, opinion.Assessment.Length),
                    ["isNegated"] = opinion.Negated,
                });
                sentence["targets"]!.AsArray().Add(new JsonObject
                {
                    ["sentiment"] = opinion.Sentiment,
                    ["confidenceScores"] = confidence.DeepClone(),
                    ["offset"] = targetAt,
                    ["length"] = opinion.Target.Length,
                    ["text"] = text.Substring(targetAt, opinion.Target.Length),
                    ["relations"] = new JsonArray(new JsonObject
                    {
                        ["relationType"] = "assessment",
                        ["ref"] = $"#/documents/{index}/sentences/{sentenceIndex}/assessments/{assessments.Count - 1}",
                    }),
                });
                sentence["sentiment"] = opinion.Sentiment;
            }

            return new JsonObject
            {
                ["id"] = id,
                ["sentiment"] = "neutral",
                ["confidenceScores"] = Scores(0.2, 0.6, 0.2),
                ["sentences"] = new JsonArray([.. sentences]),
                ["warnings"] = new JsonArray(),
            };
        });

    public static string KeyPhrases(IReadOnlyList<(string Id, string Text)> documents, Func<string, IEnumerable<string>> phrases) =>
        Envelope("KeyPhraseExtractionResults", documents, (_, id, text) => new JsonObject
        {
            ["id"] = id,
            ["keyPhrases"] = new JsonArray([.. phrases(text).Select(p => (JsonNode)p)]),
            ["warnings"] = new JsonArray(),
        });

    public static string Entities(IReadOnlyList<(string Id, string Text)> documents, Func<string, IEnumerable<FakeEntity>> entities) =>
        Envelope("EntityRecognitionResults", documents, (_, id, text) => new JsonObject
        {
            ["id"] = id,
            ["entities"] = new JsonArray([.. entities(text).Select(e =>
            {
                var entity = new JsonObject
                {
                    ["text"] = e.Text,
                    ["category"] = e.Category,
                    ["offset"] = Math.Max(0, text.IndexOf(e.Text, StringComparison.Ordinal)),
                    ["length"] = e.Text.Length,
                    ["confidenceScore"] = e.Confidence,
                };
                if (e.Subcategory is not null)
                {
                    entity["subcategory"] = e.Subcategory;
                }

                return (JsonNode)entity;
            })]),
            ["warnings"] = new JsonArray(),
        });

    private static string Envelope(string kind, IReadOnlyList<(string Id, string Text)> documents, Func<int, string, string, JsonObject> document)
    {
        var results = new JsonArray();
        var errors = new JsonArray();
        foreach (var (id, text) in documents)
        {
            if (text.Length > 5120)
            {
                errors.Add(new JsonObject
                {
                    ["id"] = id,
                    ["error"] = new JsonObject
                    {
                        ["code"] = "InvalidArgument",
                        ["message"] = "Invalid Document in request.",
                        ["innererror"] = new JsonObject { ["code"] = "InvalidDocument", ["message"] = "A document within the request was too large to be processed. Limit document size to: 5120 text elements." },
                    },
                });
                continue;
            }

            results.Add(document(results.Count, id, text));
        }

        return new JsonObject
        {
            ["kind"] = kind,
            ["results"] = new JsonObject { ["documents"] = results, ["errors"] = errors, ["modelVersion"] = ModelVersion },
        }.ToJsonString();
    }

    private static List<(int Offset, int Length)> SentenceSpans(string text) =>
        SentencePattern().Matches(text).Select(m => (m.Index, m.Value.TrimEnd().Length)).Where(s => s.Item2 > 0).ToList();

    private static JsonObject Scores(double positive, double neutral, double negative) =>
        new() { ["positive"] = positive, ["neutral"] = neutral, ["negative"] = negative };

    private static JsonObject TwoWay(double positive) =>
        new() { ["positive"] = Math.Round(positive, 2), ["negative"] = Math.Round(1 - positive, 2) };

    [GeneratedRegex(@"[^.!?]+(?:[.!?]+|$)\s*")]
    private static partial Regex SentencePattern();
}
