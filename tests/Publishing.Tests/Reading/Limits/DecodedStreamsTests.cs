using System.Text;
using Publishing.Reading.Limits;
using Found = Publishing.Reading.Limits.DecodedStreams.Found;

namespace Publishing.Tests.Reading.Limits;

public sealed class DecodedStreamsTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes(
        "1 0 obj <<>> stream\r\nABCDEFGH\r\nendstream endobj 2 0 obj <<>> stream\nABCDEFGX\nendstream 3 0 obj <<>> stream\nDAMAGED\nendstream");
    private static readonly byte[] First = [1, 2, 3];
    private static readonly byte[] Second = [4, 5];

    private static DecodedStreams Measured()
    {
        var streams = new DecodedStreams(Pdf);
        var text = Encoding.ASCII.GetString(Pdf);
        foreach (var (raw, decoded) in new[] { ("ABCDEFGH", First), ("ABCDEFGX", Second), ("DAMAGED", null) })
        {
            var start = text.IndexOf(raw, StringComparison.Ordinal);
            streams.Measured(start, text.IndexOf("endstream", start, StringComparison.Ordinal), decoded);
        }
        return streams;
    }

    [Theory]
    [InlineData("ABCDEFGH")]
    [InlineData("ABCDEFGH\r")]
    [InlineData("ABCDEFGH\r\n")]
    public void Find_TheRawBytesWithOrWithoutTheEndOfLine_HandsOverTheirInflatedBytes(string raw)
    {
        Assert.Equal(Found.Kept, Measured().Find(Encoding.ASCII.GetBytes(raw), takeBytes: true, out var decoded));
        Assert.Same(First, decoded);
    }

    [Fact]
    public void Find_StreamsOfTheSameLength_AreToldApartByTheirBytes()
    {
        Assert.Equal(Found.Kept, Measured().Find("ABCDEFGX"u8, takeBytes: true, out var decoded));
        Assert.Same(Second, decoded);
    }

    [Fact]
    public void Find_HandsTheBytesOverOnce_ThenTheStreamIsOnlyMeasured()
    {
        var streams = Measured();

        Assert.Equal(Found.Kept, streams.Find("ABCDEFGH\r\n"u8, takeBytes: true, out _));
        Assert.Equal(Found.Measured, streams.Find("ABCDEFGH"u8, takeBytes: true, out _));
    }

    [Fact]
    public void Find_NotTakingBytes_LeavesThemForLater()
    {
        var streams = Measured();

        Assert.Equal(Found.Measured, streams.Find("ABCDEFGH"u8, takeBytes: false, out _));
        Assert.Equal(Found.Kept, streams.Find("ABCDEFGH"u8, takeBytes: true, out _));
    }

    [Fact]
    public void Find_AStreamMeasuredButNotKept_IsMeasured()
    {
        Assert.Equal(Found.Measured, Measured().Find("DAMAGED"u8, takeBytes: true, out _));
    }

    [Theory]
    [InlineData("ABCDEFGZ")]
    [InlineData("ABCDEFG")]
    [InlineData("")]
    public void Find_BytesNeverMeasured_AreUnknown(string raw)
    {
        Assert.Equal(Found.Unknown, Measured().Find(Encoding.ASCII.GetBytes(raw), takeBytes: true, out _));
    }
}
