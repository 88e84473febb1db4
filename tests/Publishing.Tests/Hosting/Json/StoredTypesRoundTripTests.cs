using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Publishing.Cli;
using Publishing.Hosting.Json;
using Publishing.Summaries.Model;
using Publishing.Summaries.Rendering;

namespace Publishing.Tests.Hosting.Json;

/// <summary>
/// Every type the app stores, sends or prints (each one <see cref="PublishingJsonContext"/> names) is written and read
/// back: once with every nullable member null (nulls are left out when written) and once with every member set.
/// A 2026-format summary, which has no overall grade, had been written without <c>overall</c> and then refused.
/// </summary>
public sealed class StoredTypesRoundTripTests
{
    public static TheoryData<string> StoredTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in ContextTypes().Where(t => t != typeof(string)).Select(t => t.FullName!).Distinct()) data.Add(type);
        return data;
    }

    [Theory]
    [MemberData(nameof(StoredTypes))]
    public void RoundTrip_WithNulls_ReadsBackWhatWasWritten(string typeName) => AssertRoundTrips(TypeNamed(typeName), nullsWherePossible: true, JsonOutput.Compact);

    [Theory]
    [MemberData(nameof(StoredTypes))]
    public void RoundTrip_Filled_ReadsBackWhatWasWritten(string typeName) => AssertRoundTrips(TypeNamed(typeName), nullsWherePossible: false, JsonOutput.Compact);

    [Fact]
    public void StoredSummaryForm_WithNulls_ReadsBack() => AssertRoundTrips(typeof(PressSummary), nullsWherePossible: true, JsonSummaryRenderer.Options);

    [Fact]
    public void TheContext_NamesTheStoredTypes() => Assert.True(ContextTypes().Count() > 30, "the context's types were not found by reflection");

    private static void AssertRoundTrips(Type type, bool nullsWherePossible, JsonSerializerOptions options)
    {
        var instance = new SampleInstances(nullsWherePossible).Build(type);
        var written = JsonSerializer.Serialize(instance, type, options);
        object? read;
        try { read = JsonSerializer.Deserialize(written, type, options); }
        catch (JsonException e) { throw new Xunit.Sdk.XunitException($"{type.Name} was written as {written} and could not be read back: {e.Message}"); }
        Assert.NotNull(read);
        Assert.Equal(written, JsonSerializer.Serialize(read, type, options));
    }

    private static Type TypeNamed(string name) => ContextTypes().First(t => t.FullName == name);

    private static IEnumerable<Type> ContextTypes() =>
        typeof(PublishingJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .Where(t => !t.IsEnum);
}
