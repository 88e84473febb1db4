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

    [Theory]
    [InlineData("We don\u2019t accept the inspectors\u2019 findings. Ofsted\u2019s judgement is wrong and we will challenge it.", "Chief executive", "", "Barnardo\u2019s")]
    [InlineData("The report is fair. We won\u2019t hide from what it says about Barnet\u2019s front door.", "Director", "", "The Children\u2019s Society")]
    [InlineData("\u201CWe accept the findings,\u201D said the director of children\u2019s services. \u201CIt\u2019s on us now.\u201D", "", "Director of children\u2019s services", "Barnet Council")]
    public async Task ClassifyAsync_TypographicQuotes_LabelAsPlainOnesAndQuoteVerbatim(string text, string speaker, string role, string body)
    {
        static string Plain(string s) => s.Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"');

        var curly = await Classifier.ClassifyAsync(new StatementInput(text, speaker, role, body), CancellationToken.None);
        var plain = await Classifier.ClassifyAsync(new StatementInput(Plain(text), Plain(speaker), Plain(role), Plain(body)), CancellationToken.None);

        Assert.Equal(plain.SpeakerKind.Value, curly.SpeakerKind.Value);
        Assert.Equal(plain.Stance.Value, curly.Stance.Value);
        Assert.Equal(plain.Themes.Select(t => t.Value), curly.Themes.Select(t => t.Value));
        Assert.Equal(plain.Subject.Value?.Slug, curly.Subject.Value?.Slug);
        Assert.Equal(Plain(curly.KeyQuote.Value), plain.KeyQuote.Value);
        Assert.Contains(curly.KeyQuote.Value, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassifyAsync_CharityNamedWithACurlyApostrophe_IsACharity()
    {
        var result = await Classifier.ClassifyAsync(new StatementInput("We welcome the report.", "Chief executive", "", "Barnardo\u2019s"), CancellationToken.None);

        Assert.Equal(SpeakerKind.Charity, result.SpeakerKind.Value);
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
