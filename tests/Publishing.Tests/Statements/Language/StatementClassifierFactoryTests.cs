using Publishing.Statements.Classification;
using Publishing.Statements.Language;

namespace Publishing.Tests.Statements.Language;

public sealed class StatementClassifierFactoryTests
{
    private static Func<string, string?> Environment(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Create_NoEndpoint_ReturnsTheLocalRules()
    {
        var choice = StatementClassifierFactory.Create(LanguageSettings.From(Environment()), KnownCouncils.Empty, TimeProvider.System);

        Assert.IsType<LocalStatementClassifier>(choice.Classifier);
        Assert.Contains("PUBLISHING_LANGUAGE_ENDPOINT is not set", choice.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a uri")]
    [InlineData("ftp://lang.example/")]
    [InlineData("/language")]
    public void From_BadEndpoint_ThrowsNamingTheVariable(string endpoint)
    {
        var ex = Assert.Throws<FormatException>(() => LanguageSettings.From(Environment((LanguageSettings.EndpointVariable, endpoint))));

        Assert.Contains(LanguageSettings.EndpointVariable, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_EndpointAndKey_ClassifiesThroughTheServiceWithoutShowingTheKey()
    {
        await using var server = await FakeLanguageServer.StartAsync();
        var settings = LanguageSettings.From(Environment((LanguageSettings.EndpointVariable, server.Endpoint.ToString()), (LanguageSettings.KeyVariable, TestClients.Key)));

        var choice = StatementClassifierFactory.Create(settings, KnownCouncils.Empty, TimeProvider.System);
        var result = await choice.Classifier.ClassifyAsync(new StatementInput("We accept the findings."), CancellationToken.None);

        Assert.IsType<FallbackStatementClassifier>(choice.Classifier);
        Assert.Equal(AzureLanguageStatementClassifier.Name, result.Classifier);
        Assert.All(server.Requests, r => Assert.Equal(TestClients.Key, r.Header("Ocp-Apim-Subscription-Key")));
        Assert.Contains("key auth", choice.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.Key, choice.Description, StringComparison.Ordinal);
        Assert.DoesNotContain(TestClients.Key, settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EndpointWithoutKey_UsesEntraIdThroughAzureIdentity()
    {
        var settings = LanguageSettings.From(Environment((LanguageSettings.EndpointVariable, "https://publishing-lang.cognitiveservices.azure.com/"), (LanguageSettings.ClientIdVariable, "00000000-0000-0000-0000-000000000001")));

        var choice = StatementClassifierFactory.Create(settings, KnownCouncils.Empty, TimeProvider.System);

        Assert.IsType<FallbackStatementClassifier>(choice.Classifier);
        Assert.Contains("Entra ID, managed identity 00000000-0000-0000-0000-000000000001", choice.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TimeoutConfigured_BoundsEachStatementByIt()
    {
        var settings = LanguageSettings.From(Environment((LanguageSettings.EndpointVariable, "https://publishing-lang.cognitiveservices.azure.com/"), (LanguageSettings.TimeoutVariable, "42.5")));

        var choice = StatementClassifierFactory.Create(settings, KnownCouncils.Empty, TimeProvider.System);

        Assert.Equal(TimeSpan.FromSeconds(42.5), settings.Timeout);
        Assert.Contains("timeout 42.5 s", choice.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("301")]
    [InlineData("ten")]
    public void From_BadTimeout_ThrowsNamingTheVariable(string seconds)
    {
        var ex = Assert.Throws<FormatException>(() => LanguageSettings.From(Environment((LanguageSettings.EndpointVariable, "https://publishing-lang.cognitiveservices.azure.com/"), (LanguageSettings.TimeoutVariable, seconds))));

        Assert.Contains(LanguageSettings.TimeoutVariable, ex.Message, StringComparison.Ordinal);
    }
}
