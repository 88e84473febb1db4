using System.Text;
using Publishing.Hosting.Invocations;

namespace Publishing.Tests.Hosting;

/// <summary>The payload quirks of the Functions host (shared/specs/azure-platform.md §1.3, §1.5).</summary>
public sealed class InvocationRequestTests
{
    private static InvocationRequest Parse(string json) => InvocationRequest.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void MetadataString_JsonQuotedTwice_IsUnquoted()
    {
        var request = Parse("""{"Data":{},"Metadata":{"name":"\"northmoor-2025-11-14.pdf\"","Uri":"\"http://127.0.0.1:10000/devstoreaccount1/reports/northmoor-2025-11-14.pdf\""}}""");
        Assert.Equal("northmoor-2025-11-14.pdf", request.MetadataString("name"));
        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1/reports/northmoor-2025-11-14.pdf", request.MetadataString("Uri"));
    }

    [Fact]
    public void MetadataString_PlainString_IsKept()
    {
        Assert.Equal("a.pdf", Parse("""{"Data":{},"Metadata":{"name":"a.pdf"}}""").MetadataString("name"));
    }

    [Fact]
    public void MetadataString_QuotedStringWithEscapes_IsDecoded()
    {
        Assert.Equal("say \"hi\".pdf", Parse("""{"Data":{},"Metadata":{"name":"\"say \\\"hi\\\".pdf\""}}""").MetadataString("name"));
    }

    [Fact]
    public void DataBytes_Base64_AndQuotedBase64_AndByteArray_AllDecode()
    {
        var bytes = "%PDF-1.7 test"u8.ToArray();
        var base64 = Convert.ToBase64String(bytes);
        Assert.Equal(bytes, Parse($$$"""{"Data":{"report":"{{{base64}}}"}}""").DataBytes("report"));
        Assert.Equal(bytes, Parse($$$"""{"Data":{"report":"\"{{{base64}}}\""}}""").DataBytes("report"));
        Assert.Equal(bytes, Parse($$$"""{"Data":{"report":[{{{string.Join(",", bytes)}}}]}}""").DataBytes("report"));
    }

    [Fact]
    public void DataBytes_NotBase64_ThrowsAClearError()
    {
        var error = Assert.Throws<InvocationPayloadException>(() => Parse("""{"Data":{"report":"%PDF not base64!"}}""").DataBytes("report"));
        Assert.Contains("base64", error.Message);
    }

    [Fact]
    public void MetadataInt_NumberOrQuotedNumber_Parses()
    {
        Assert.Equal(3, Parse("""{"Metadata":{"DequeueCount":3}}""").MetadataInt("DequeueCount"));
        Assert.Equal(5, Parse("""{"Metadata":{"DequeueCount":"5"}}""").MetadataInt("DequeueCount"));
        Assert.Null(Parse("""{"Metadata":{}}""").MetadataInt("DequeueCount"));
    }

    [Fact]
    public void MetadataObject_NestedOrJsonString_IsReadable()
    {
        var nested = Parse("""{"Metadata":{"RetryContext":{"RetryCount":2,"MaxRetryCount":5}}}""").MetadataObject("RetryContext");
        Assert.Equal(2, nested!.Value.GetProperty("RetryCount").GetInt32());
        var quoted = Parse("""{"Metadata":{"RetryContext":"{\"RetryCount\":1}"}}""").MetadataObject("RetryContext");
        Assert.Equal(1, quoted!.Value.GetProperty("RetryCount").GetInt32());
    }

    [Fact]
    public void Names_AreMatchedCaseInsensitively()
    {
        var request = Parse("""{"data":{"Message":"\"hello\""},"metadata":{"Name":"x"}}""");
        Assert.Equal("hello", request.DataString("message"));
        Assert.Equal("x", request.MetadataString("name"));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    public void Parse_NotAnObject_Throws(string json)
    {
        Assert.Throws<InvocationPayloadException>(() => Parse(json));
    }
}
