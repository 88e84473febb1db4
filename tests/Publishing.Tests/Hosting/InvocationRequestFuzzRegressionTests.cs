using System.Text;
using System.Text.Json;
using Publishing.Hosting.Invocations;

namespace Publishing.Tests.Hosting;

/// <summary>
/// Inputs afl-fuzz found (tests/Publishing.Fuzz, payload target), minimised by hand: each made an accessor throw
/// InvalidOperationException, which the invocation endpoint does not expect and would answer with a 500 (and the
/// host would retry the same payload). Each is now a documented InvocationPayloadException, or null.
/// </summary>
public sealed class InvocationRequestFuzzRegressionTests
{
    [Theory]
    // Fuzz crash id:000000: invalid UTF-8 in a property name; JsonDocument only notices when the name is read.
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'d', (byte)'a', (byte)'t', (byte)'a', (byte)'"', (byte)':', (byte)'{', (byte)'"', 0xE9, (byte)'"', (byte)':', (byte)'1', (byte)'}', (byte)'}' })]
    // Invalid UTF-8 inside a string value.
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'M', (byte)'e', (byte)'t', (byte)'a', (byte)'d', (byte)'a', (byte)'t', (byte)'a', (byte)'"', (byte)':', (byte)'{', (byte)'"', (byte)'n', (byte)'a', (byte)'m', (byte)'e', (byte)'"', (byte)':', (byte)'"', 0xFF, (byte)'"', (byte)'}', (byte)'}' })]
    public void Parse_InvalidUtf8_IsAnUndecodablePayload(byte[] body)
    {
        var error = Assert.Throws<InvocationPayloadException>(() => InvocationRequest.Parse(body));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Metadata":{"\uD800":"x","name":"a.pdf"}}""")]
    [InlineData("""{"Data":{"report":"\uDC00"}}""")]
    public void Parse_LoneSurrogateEscape_IsAnUndecodablePayload(string json)
    {
        var error = Assert.Throws<InvocationPayloadException>(() => InvocationRequest.Parse(Encoding.UTF8.GetBytes(json)));
        Assert.Contains("surrogate", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Data":{"report":[37,"x"]}}""")]
    [InlineData("""{"Data":{"report":[37,300]}}""")]
    [InlineData("""{"Data":{"report":[1.5]}}""")]
    public void DataBytes_ArrayOfNonBytes_IsAPayloadError(string json)
    {
        var request = InvocationRequest.Parse(Encoding.UTF8.GetBytes(json));
        var error = Assert.Throws<InvocationPayloadException>(() => request.DataBytes("report"));
        Assert.Contains("not a byte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MetadataObject_JsonStringWithLoneSurrogateName_IsNull()
    {
        var request = InvocationRequest.Parse(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { Metadata = new { RetryContext = "{\"\\uD800\":1}" } })));
        Assert.Null(request.MetadataObject("RetryContext"));
    }

    [Fact]
    public void MetadataString_QuotedTwiceAroundALoneSurrogateEscape_IsKeptAsSent()
    {
        var request = InvocationRequest.Parse(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { Metadata = new { name = "\"\\uD800\"" } })));
        Assert.Equal("\"\\uD800\"", request.MetadataString("name"));
    }
}
