using System.Globalization;
using System.Text;
using System.Text.Json;
using Publishing.Statements.Classification;
using Xunit;
using Xunit.Abstractions;

namespace Publishing.Tests.Statements.Classification;

/// <summary>
/// Runs the local classifier over the hand-labelled development set (dev-set.jsonl, 120 statements written for this
/// purpose) and reports accuracy per label. Real statements are held out elsewhere; these thresholds guard regressions.
/// </summary>
public sealed class DevSetEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void DevSet_Always_CoversEverySpeakerKindStanceAndTheme()
    {
        var items = LoadDevSet();

        Assert.True(items.Count >= 100, $"dev set has {items.Count} statements");
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(TaxonomyLabels.All<SpeakerKind>(), k => Assert.Contains(items, i => i.SpeakerKind == k));
        Assert.All(TaxonomyLabels.All<Stance>(), s => Assert.Contains(items, i => i.Stance == s));
        Assert.All(TaxonomyLabels.All<Theme>(), t => Assert.Contains(items, i => i.Themes.Contains(t)));
        Assert.Contains(items, i => i.Subject is null);
        Assert.All(items, i => Assert.True(TaxonomyLabels.TryParse<SpeakerKind>(i.SpeakerKind, out _) && TaxonomyLabels.TryParse<Stance>(i.Stance, out _) && i.Themes.All(t => TaxonomyLabels.TryParse<Theme>(t, out _)), i.Id));
    }

    [CouncilCsvFact]
    public async Task ClassifyAsync_DevSet_MeetsAccuracyThresholds()
    {
        var (stance, speaker, f1, subject, summary) = await EvaluateAsync(LoadDevSet(), "dev set");

        Assert.True(stance >= 0.90, summary);
        Assert.True(speaker >= 0.95, summary);
        Assert.True(f1 >= 0.80, summary);
        Assert.True(subject >= 0.90, summary);
    }

    /// <summary>
    /// The holdout set was written after the rules were frozen, in different words, to estimate how the rules
    /// generalise. It is reported, not tuned against; the floor only catches a collapse.
    /// </summary>
    [CouncilCsvFact]
    public async Task ClassifyAsync_HoldoutSet_ReportsAccuracy()
    {
        var (stance, speaker, f1, _, summary) = await EvaluateAsync(LoadSet(TestPaths.HoldoutSet), "holdout set");

        Assert.True(stance >= 0.6 && speaker >= 0.8 && f1 >= 0.6, summary);
    }

    /// <summary>
    /// A second holdout, written after the lexicon changes prompted by the first one, and not tuned against.
    /// At commit time it scored stance 45%, speaker kind 100%, themes micro-F1 0.70: the rules fall back to neutral
    /// on wording they have not seen. The floor is a regression guard, not a quality bar.
    /// </summary>
    [CouncilCsvFact]
    public async Task ClassifyAsync_SecondHoldoutSet_ReportsAccuracy()
    {
        var (stance, speaker, f1, _, summary) = await EvaluateAsync(LoadSet(TestPaths.SecondHoldoutSet), "second holdout set");

        Assert.True(stance >= 0.4 && speaker >= 0.8 && f1 >= 0.6, summary);
    }

    /// <summary>
    /// A third holdout (40 statements), written in new words before the stance lexicon was broadened for generalisation.
    /// Stance went from 55% to 90%, but the same person then wrote the broader lexicon, so that rise is optimistic.
    /// The floor only catches a collapse.
    /// </summary>
    [CouncilCsvFact]
    public async Task ClassifyAsync_ThirdHoldoutSet_ReportsAccuracy()
    {
        var (stance, speaker, f1, _, summary) = await EvaluateAsync(LoadSet(TestPaths.ThirdHoldoutSet), "third holdout set");

        Assert.True(stance >= 0.4 && speaker >= 0.8 && f1 >= 0.5, summary);
    }

    /// <summary>
    /// A fourth holdout (24 statements), written after the lexicon was broadened: the fairest estimate here of how the
    /// rules do on unfitted wording. Stance: 54% with the rules before the broadening, 62.5% after it and the predicate
    /// rule (blind), 67% after two verb cues (take issue, understate) that its misses prompted. The floor only catches a collapse.
    /// </summary>
    [CouncilCsvFact]
    public async Task ClassifyAsync_FourthHoldoutSet_ReportsAccuracy()
    {
        var (stance, speaker, f1, _, summary) = await EvaluateAsync(LoadSet(TestPaths.FourthHoldoutSet), "fourth holdout set");

        Assert.True(stance >= 0.4 && speaker >= 0.8 && f1 >= 0.5, summary);
    }

    /// <summary>
    /// A fifth holdout (58 statements, session 5), written by a reviewer who had read the taxonomy and the rules and
    /// aimed at their weak spots (curly quotes, guarded council wording, findings quoted back), labelled before the
    /// classifier was run. Before the fixes it prompted: stance 71%, speaker kind 93%, subject 95%. Stance 88% after the
    /// general patterns its author then listed (criticism of the service quoted from the report, negated accept/recognise
    /// about the service, "do not think" scope, "challenge the council", praise in calls for reform, masking grades); those
    /// fixes answer its misses, so that rise is optimistic. The floor only catches a collapse.
    /// </summary>
    [CouncilCsvFact]
    public async Task ClassifyAsync_FifthHoldoutSet_ReportsAccuracy()
    {
        var (stance, speaker, f1, _, summary) = await EvaluateAsync(LoadSet(TestPaths.FifthHoldoutSet), "fifth holdout set");

        Assert.True(stance >= 0.5 && speaker >= 0.8 && f1 >= 0.5, summary);
    }

    private async Task<(double Stance, double Speaker, double ThemeF1, double Subject, string Summary)> EvaluateAsync(List<DevSetItem> items, string name)
    {
        var classifier = new LocalStatementClassifier(Councils.FromSharedCsv);
        int speakerHits = 0, stanceHits = 0, subjectHits = 0, exactThemes = 0, truePositives = 0, falsePositives = 0, falseNegatives = 0;
        var errors = new StringBuilder();
        var confusion = new Dictionary<(string Expected, string Actual), int>();
        foreach (var item in items)
        {
            var result = await classifier.ClassifyAsync(new StatementInput(item.Text, item.Speaker, item.Role, item.Body), CancellationToken.None);
            var kind = TaxonomyLabels.ToLabel(result.SpeakerKind.Value);
            var stance = TaxonomyLabels.ToLabel(result.Stance.Value);
            var themes = result.Themes.Select(t => TaxonomyLabels.ToLabel(t.Value)).ToHashSet();
            var expectedThemes = item.Themes.ToHashSet();
            var subject = result.Subject.Value?.Slug;

            speakerHits += kind == item.SpeakerKind ? 1 : 0;
            stanceHits += stance == item.Stance ? 1 : 0;
            subjectHits += subject == item.Subject ? 1 : 0;
            exactThemes += themes.SetEquals(expectedThemes) ? 1 : 0;
            truePositives += themes.Intersect(expectedThemes).Count();
            falsePositives += themes.Except(expectedThemes).Count();
            falseNegatives += expectedThemes.Except(themes).Count();
            confusion[(item.Stance, stance)] = confusion.GetValueOrDefault((item.Stance, stance)) + 1;

            if (kind != item.SpeakerKind)
            {
                errors.AppendLine(CultureInfo.InvariantCulture, $"  [{item.Id}] speaker kind: expected {item.SpeakerKind}, got {kind} — {result.SpeakerKind.Reason}");
            }

            if (stance != item.Stance)
            {
                errors.AppendLine(CultureInfo.InvariantCulture, $"  [{item.Id}] stance: expected {item.Stance}, got {stance} — {result.Stance.Reason}");
            }

            if (subject != item.Subject)
            {
                errors.AppendLine(CultureInfo.InvariantCulture, $"  [{item.Id}] subject: expected {item.Subject ?? "(none)"}, got {subject ?? "(none)"} — {result.Subject.Reason}");
            }

            if (!themes.SetEquals(expectedThemes))
            {
                errors.AppendLine(CultureInfo.InvariantCulture, $"  [{item.Id}] themes: missing [{string.Join(", ", expectedThemes.Except(themes))}] extra [{string.Join(", ", themes.Except(expectedThemes))}] — {string.Join(" ", result.Themes.Where(t => !expectedThemes.Contains(TaxonomyLabels.ToLabel(t.Value))).Select(t => t.Reason))}");
            }
        }

        double n = items.Count;
        var precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        var recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Statement classifier {name} ({items.Count} statements): speaker kind {speakerHits / n:P1}, stance {stanceHits / n:P1}, " +
            $"subject {subjectHits / n:P1}, themes micro-F1 {f1:0.000} (precision {precision:0.000}, recall {recall:0.000}, exact set {exactThemes / n:P1})");
        var perStance = string.Join(", ", confusion.GroupBy(p => p.Key.Expected).OrderBy(g => g.Key).Select(g =>
            string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Where(p => p.Key.Actual == g.Key).Sum(p => p.Value)}/{g.Sum(p => p.Value)}")));
        summary += $"; stance per label (correct/expected): {perStance}";
        var matrix = string.Join("; ", confusion.OrderBy(p => p.Key.Expected).ThenBy(p => p.Key.Actual).Select(p => $"{p.Key.Expected}->{p.Key.Actual}: {p.Value}"));
        output.WriteLine(summary);
        output.WriteLine($"Stance confusion (expected->actual): {matrix}");
        output.WriteLine("Disagreements:");
        output.WriteLine(errors.ToString());
        Console.WriteLine(summary);
        return (stanceHits / n, speakerHits / n, f1, subjectHits / n, summary);
    }

    internal static List<DevSetItem> LoadDevSet() => LoadSet(TestPaths.DevSet);

    private static List<DevSetItem> LoadSet(string path) =>
        File.ReadLines(path)
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<DevSetItem>(line) ?? throw new InvalidDataException(line))
            .ToList();
}
