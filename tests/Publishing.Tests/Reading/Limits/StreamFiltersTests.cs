using System.Text;
using Publishing.Reading.Limits;

namespace Publishing.Tests.Reading.Limits;

public sealed class StreamFiltersTests
{
    private static IReadOnlyList<StreamFilter>? Parse(string dictionary) => StreamFilters.Parse(Encoding.ASCII.GetBytes(dictionary));

    [Theory]
    [InlineData("<< /Length 12 /Filter /FlateDecode >>", "Flate")]
    [InlineData("<</Filter/Fl/Length 3>>", "Flate")]
    [InlineData("<< /Filter [/ASCIIHexDecode /LZWDecode] >>", "AsciiHex,Lzw")]
    [InlineData("<< /Filter [ /AHx/LZW ] >>", "AsciiHex,Lzw")]
    [InlineData("<< /Filter\r\n[/A85 /RL /Fl] >>", "Ascii85,RunLength,Flate")]
    [InlineData("<< /Type /XObject /Subtype /Image /Filter [/FlateDecode /DCTDecode] >>", "Flate,Image")]
    [InlineData("<< /Filter /JBIG2Decode >>", "Image")]
    [InlineData("<< /Length 12 >>", "")]
    [InlineData("<< /Filter [] >>", "")]
    public void Parse_FilterEntry_GivesTheFiltersInOrder(string dictionary, string expected) =>
        Assert.Equal(expected, string.Join(",", Parse(dictionary) ?? throw new Xunit.Sdk.XunitException("not read")));

    [Theory]
    [InlineData("<< /Filter 7 0 R >>")]
    [InlineData("<< /Filter /Crypt >>")]
    [InlineData("<< /Filter [/FlateDecode /Unheardof] >>")]
    [InlineData("<< /Filter [/FlateDecode")]
    [InlineData("<< /FilterX /FlateDecode >>")]
    public void Parse_EntryNotReadableFromTheBytes_IsNull(string dictionary) => Assert.Null(Parse(dictionary));

    [Theory]
    [InlineData("<< /Filter /LZWDecode >>", true)]
    [InlineData("<< /Filter /LZWDecode /DecodeParms << /EarlyChange 0 >> >>", false)]
    [InlineData("<< /Filter /LZWDecode /DecodeParms << /EarlyChange 1 >> >>", true)]
    public void LzwEarlyChange_ReadsTheParameter(string dictionary, bool expected) =>
        Assert.Equal(expected, StreamFilters.LzwEarlyChange(Encoding.ASCII.GetBytes(dictionary)));

    [Theory]
    [InlineData("<< /Filter 6 0 R >>", "Flate")]
    [InlineData("<< /Length 9 /Filter 7 0 R >>", "AsciiHex,Lzw")]
    public void ParseReferenced_FilterGivenAsAReference_IsReadFromTheObjectItNames(string dictionary, string expected)
    {
        var objects = new IndirectObjects(Encoding.ASCII.GetBytes("%PDF-1.4\n6 0 obj\n/FlateDecode\nendobj\n7 0 obj [/AHx /LZWDecode] endobj\n"));

        var filters = StreamFilters.ParseReferenced(Encoding.ASCII.GetBytes(dictionary), objects);

        Assert.Equal(expected, string.Join(",", filters ?? throw new Xunit.Sdk.XunitException("not read")));
    }

    [Theory]
    [InlineData("<< /Filter 9 0 R >>")]
    [InlineData("<< /Filter /FlateDecode >>")]
    [InlineData("<< /Filter 6 0 >>")]
    public void ParseReferenced_NoReferenceOrNoSuchObject_IsNull(string dictionary) =>
        Assert.Null(StreamFilters.ParseReferenced(Encoding.ASCII.GetBytes(dictionary), new IndirectObjects(Encoding.ASCII.GetBytes("6 0 obj /FlateDecode endobj"))));
}
