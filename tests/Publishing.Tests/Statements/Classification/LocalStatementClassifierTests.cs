using System.Text.Json;
using Publishing.Statements.Classification;
using Xunit;

namespace Publishing.Tests.Statements.Classification;

public sealed class LocalStatementClassifierTests
{
    private static readonly LocalStatementClassifier Classifier = new(KnownCouncils.FromNames(["Barnet", "Leeds"]));

    [Fact]
    public async Task ClassifyAsync_TaxonomyExample_LabelsEveryFieldWithReasons()
    {
        var result = await Classifier.ClassifyAsync(
            new StatementInput("We accept the inspectors' findings in full and have already started work on the improvement plan.", "Cllr A", "Leader", "Barnet Council"),
            CancellationToken.None);

        Assert.Equal("local", result.Classifier);
        Assert.Equal(SpeakerKind.Council, result.SpeakerKind.Value);
        Assert.Equal(Stance.Supportive, result.Stance.Value);
        Assert.Equal([Theme.Improvement], result.Themes.Select(t => t.Value));
        Assert.Equal("barnet", result.Subject.Value?.Slug);
        Assert.StartsWith("We accept", result.KeyQuote.Value, StringComparison.Ordinal);
        Assert.All(new[] { result.SpeakerKind.Reason, result.Stance.Reason, result.KeyQuote.Reason, result.Subject.Reason }.Concat(result.Themes.Select(t => t.Reason)),
            reason => Assert.False(string.IsNullOrWhiteSpace(reason)));
    }

    [Fact]
    public async Task ClassifyAsync_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await Classifier.ClassifyAsync(new StatementInput("text"), cts.Token));
    }

    [Fact]
    public async Task ClassifyAsync_EmptyText_IsNeutralWithEmptyQuote()
    {
        var result = await Classifier.ClassifyAsync(new StatementInput(""), CancellationToken.None);

        Assert.Equal(Stance.Neutral, result.Stance.Value);
        Assert.Equal(string.Empty, result.KeyQuote.Value);
        Assert.Empty(result.Themes);
    }

    [Fact]
    public void Serialize_Classification_UsesTaxonomyKebabCaseLabels()
    {
        var result = Classifier.Classify(new StatementInput("The single-word judgement on Leeds is crude and unfair to the workforce.", Body: "ADCS"));

        var json = JsonSerializer.Serialize(result);

        Assert.Contains("\"Classifier\":\"local\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Value\":\"sector-body\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Value\":\"critical\"", json, StringComparison.Ordinal);
        Assert.Contains("\"Value\":\"single-word-judgement\"", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<StatementClassification>(json);
        Assert.Equal(result.Stance.Value, back?.Stance.Value);
        Assert.Equal(result.Themes.Select(t => t.Value), back?.Themes.Select(t => t.Value));
    }

    [Theory]
    [InlineData(SpeakerKind.SectorBody, "sector-body")]
    [InlineData(SpeakerKind.Independent, "independent")]
    public void ToLabel_SpeakerKind_MatchesTaxonomy(SpeakerKind kind, string label)
    {
        Assert.Equal(label, TaxonomyLabels.ToLabel(kind));
        Assert.Equal(kind, TaxonomyLabels.Parse<SpeakerKind>(label));
    }

    [Fact]
    public void Parse_UnknownLabel_ThrowsWithExpectedLabels()
    {
        var error = Assert.Throws<FormatException>(() => TaxonomyLabels.Parse<Theme>("funding"));

        Assert.Contains("resources", error.Message, StringComparison.Ordinal);
    }
}
