using System.Text;
using Publishing.Reading.Limits;

namespace Publishing.Tests.Reading.Limits;

public sealed class DecodedStreamsTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("1 0 obj <<>> stream\r\nABCDEFGH\r\nendstream endobj 2 0 obj <<>> stream\nABCDEFGX\nendstream");
    private static readonly byte[] First = [1, 2, 3];
    private static readonly byte[] Second = [4, 5];

    private static DecodedStreams Kept()
    {
        var streams = new DecodedStreams(Pdf);
        var text = Encoding.ASCII.GetString(Pdf);
        var first = text.IndexOf("ABCDEFGH", StringComparison.Ordinal);
        var second = text.IndexOf("ABCDEFGX", StringComparison.Ordinal);
        streams.Keep(first, text.IndexOf("endstream", first, StringComparison.Ordinal), First);
        streams.Keep(second, text.IndexOf("endstream", second, StringComparison.Ordinal), Second);
        return streams;
    }

    [Theory]
    [InlineData("ABCDEFGH")]
    [InlineData("ABCDEFGH\r")]
    [InlineData("ABCDEFGH\r\n")]
    public void TryGet_TheRawBytesWithOrWithoutTheEndOfLine_FindsTheirDecodedForm(string raw)
    {
        Assert.True(Kept().TryGet(Encoding.ASCII.GetBytes(raw), out var decoded));
        Assert.Same(First, decoded);
    }

    [Fact]
    public void TryGet_StreamsOfTheSameLength_AreToldApartByTheirBytes()
    {
        Assert.True(Kept().TryGet("ABCDEFGX"u8, out var decoded));
        Assert.Same(Second, decoded);
    }

    [Theory]
    [InlineData("ABCDEFGZ")]
    [InlineData("ABCDEFG")]
    [InlineData("")]
    public void TryGet_BytesNotKept_FindsNothing(string raw)
    {
        Assert.False(Kept().TryGet(Encoding.ASCII.GetBytes(raw), out _));
    }
}
