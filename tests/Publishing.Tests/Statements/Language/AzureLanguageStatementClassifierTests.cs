using Publishing.Statements.Classification;
using Publishing.Statements.Language;

namespace Publishing.Tests.Statements.Language;

public sealed class AzureLanguageStatementClassifierTests
{
    private static readonly KnownCouncils Councils = KnownCouncils.FromNames(["Kent", "Medway", "Northmoor"]);

    private static AzureLanguageStatementClassifier Create(FakeLanguageServer server) => new(TestClients.Create(server), Councils);

    private static StatementClassification Local(string text, string body = "") => new LocalStatementClassifier(Councils).Classify(new StatementInput(text, Body: body));

    [Fact]
    public async Task ClassifyAsync_OpinionsAboutTheInspectionTheRulesDoNotKnow_DecideTheStanceAndSayWhich()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Opinions = _ => [new FakeOpinion("inspection", "unhurried", "positive", 0.95), new FakeOpinion("report", "limpid", "positive", 0.9)];
        const string text = "The inspection was unhurried and the report is limpid.";

        var result = await Create(server).ClassifyAsync(new StatementInput(text), CancellationToken.None);

        Assert.Equal(Stance.Neutral, Local(text).Stance.Value);
        Assert.Equal(AzureLanguageStatementClassifier.Name, result.Classifier);
        Assert.Null(result.Fallback);
        Assert.Equal(Stance.Supportive, result.Stance.Value);
        Assert.Contains("azure-language opinion mining", result.Stance.Reason, StringComparison.Ordinal);
        Assert.Contains("\"inspection\" \u2190 \"unhurried\"", result.Stance.Reason, StringComparison.Ordinal);
        Assert.Contains("The local rules alone said neutral", result.Stance.Reason, StringComparison.Ordinal);
        Assert.Contains(result.Stance.Cues, c => c.StartsWith("+azure:\"report\"", StringComparison.Ordinal));
        Assert.Equal(text, result.KeyQuote.Value);
    }

    [Fact]
    public async Task ClassifyAsync_DisappointmentAboutTheJudgement_IsSetAsideAndAcceptanceStands()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Opinions = _ => [new FakeOpinion("judgement", "disappointed", "negative", 0.98)];
        const string text = "We are disappointed with the judgement, but we accept the findings in full.";

        var result = await Create(server).ClassifyAsync(new StatementInput(text, Body: "Northmoor Council"), CancellationToken.None);

        Assert.Equal(Stance.Supportive, result.Stance.Value);
        Assert.Contains("Set aside as feelings about the findings", result.Stance.Reason, StringComparison.Ordinal);
        Assert.Contains("\"judgement\" \u2190 \"disappointed\"", result.Stance.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassifyAsync_ServiceSilentOnTheInspection_LocalStanceStandsAndTheReasonSaysSo()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Opinions = _ => [new FakeOpinion("staff", "brilliant", "positive")];
        const string text = "Our staff are brilliant and we accept the inspectors' findings.";

        var result = await Create(server).ClassifyAsync(new StatementInput(text), CancellationToken.None);

        var local = Local(text);
        Assert.Equal(local.Stance.Value, result.Stance.Value);
        Assert.StartsWith($"Local rules decide {TaxonomyLabels.ToLabel(local.Stance.Value)}: azure-language opinion mining found no opinion about the inspection", result.Stance.Reason, StringComparison.Ordinal);
        Assert.Equal(local.Stance.Cues, result.Stance.Cues);
    }

    [Fact]
    public async Task ClassifyAsync_AcceptanceAndAServiceObjectionToTheGrade_IsMixed()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Opinions = _ => [new FakeOpinion("grade", "skew-whiff", "negative", 0.95)];
        const string text = "We accept the findings. The grade itself is skew-whiff.";

        var result = await Create(server).ClassifyAsync(new StatementInput(text), CancellationToken.None);

        Assert.Equal(Stance.Supportive, Local(text).Stance.Value);
        Assert.Equal(Stance.Mixed, result.Stance.Value);
        Assert.Contains("-azure:\"grade\" \u2190 \"skew-whiff\" (negative 0.95)", result.Stance.Cues);
        Assert.Contains(result.Stance.Cues, c => c.Contains("accept", StringComparison.Ordinal) && c.StartsWith('+'));
    }

    [Fact]
    public async Task ClassifyAsync_EntitiesAndKeyPhrases_AddAndConfirmThemesWithReasons()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Entities = _ => [new FakeEntity("Cafcass", "Organization", Confidence: 0.91), new FakeEntity("caseworkers", "PersonType", Confidence: 0.85), new FakeEntity("Ofsted", "Organization", Confidence: 0.99)];
        server.KeyPhrases = _ => ["improvement plan", "caseworkers"];
        const string text = "Cafcass and our caseworkers have backed the improvement plan since Ofsted visited.";

        var result = await Create(server).ClassifyAsync(new StatementInput(text), CancellationToken.None);

        var localThemes = Local(text).Themes.Select(t => t.Value).ToList();
        Assert.DoesNotContain(Theme.MultiAgency, localThemes);
        Assert.DoesNotContain(Theme.Workforce, localThemes);
        var themes = result.Themes.ToDictionary(t => t.Value);
        Assert.Contains("\"Cafcass\" (Organization, 0.91)", themes[Theme.MultiAgency].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Ofsted", themes[Theme.MultiAgency].Reason, StringComparison.Ordinal);
        Assert.Contains("\"caseworkers\" (PersonType", themes[Theme.Workforce].Reason, StringComparison.Ordinal);
        Assert.StartsWith("Local rules: improvement", themes[Theme.Improvement].Reason, StringComparison.Ordinal);
        Assert.Contains("key phrase(s) \"improvement plan\" agree", themes[Theme.Improvement].Reason, StringComparison.Ordinal);
        Assert.Equal(localThemes.Count + 2, result.Themes.Count);
    }

    [Fact]
    public async Task ClassifyAsync_EntityNamingTheLocalSubject_ConfirmsIt()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        server.Entities = _ => [new FakeEntity("Kent County Council", "Organization")];

        var result = await Create(server).ClassifyAsync(new StatementInput("Kent County Council accepts the report in full."), CancellationToken.None);

        Assert.Equal("kent", result.Subject.Value?.Slug);
        Assert.Contains("azure-language entity \"Kent County Council\" (Organization) names the same council", result.Subject.Reason, StringComparison.Ordinal);
        Assert.StartsWith("Local rules (the service gives no speaker signal)", result.SpeakerKind.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClassifyAsync_StatementOverTheDocumentLimit_IsSplitAndTheReasonSaysSo()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        var sentence = "Inspectors met families and read many case files over the fortnight. ";
        var text = string.Concat(Enumerable.Repeat(sentence, 6000 / sentence.Length + 1)) + "We accept the findings.";

        var result = await Create(server).ClassifyAsync(new StatementInput(text), CancellationToken.None);

        var sentiment = Assert.Single(server.Requests, r => r.Kind == "SentimentAnalysis");
        Assert.Equal(["1", "2"], sentiment.Documents.Select(d => d.Id));
        Assert.All(sentiment.Documents, d => Assert.True(d.Text.Length <= 5120, $"document {d.Id} has {d.Text.Length} characters"));
        Assert.EndsWith("fortnight.", sentiment.Documents[0].Text, StringComparison.Ordinal);
        Assert.Contains("split into 2 documents of at most 5120 characters", result.Stance.Reason, StringComparison.Ordinal);
        Assert.Equal(3, server.Requests.Count);
    }
}
