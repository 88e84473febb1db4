using System.Text;
using Publishing.Reading.Limits;
using Publishing.Tests.Reading.Hostile;

namespace Publishing.Tests.Reading.Limits;

public sealed class FlateInflaterTests
{
    private static readonly byte[] Text = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 5000).Select(i => $"BT ({i}) Tj ET\n")));

    [Fact]
    public void Inflate_WholeStream_KeepsExactlyTheOriginalBytes()
    {
        var inflated = FlateInflater.Inflate(RawPdf.Deflate(Text), limit: 1 << 20, keep: true);

        Assert.True(inflated.Complete);
        Assert.Equal(Text.Length, inflated.Length);
        Assert.Equal(Text, inflated.Bytes);
    }

    [Fact]
    public void Inflate_WithoutKeeping_CountsOnly()
    {
        var inflated = FlateInflater.Inflate(RawPdf.Deflate(Text), limit: 1 << 20, keep: false);

        Assert.Equal(Text.Length, inflated.Length);
        Assert.Null(inflated.Bytes);
    }

    [Fact]
    public void Inflate_PastTheLimit_StopsAndIsNotComplete()
    {
        var inflated = FlateInflater.Inflate(RawPdf.DeflatedZeros(64L << 20), limit: 1 << 20, keep: true);

        Assert.False(inflated.Complete);
        Assert.InRange(inflated.Length, (1 << 20) + 1, (1 << 20) + 64 * 1024);
    }

    [Fact]
    public void Inflate_IgnoresTheZlibHeaderAsPdfPigDoes()
    {
        // zlib itself refuses a stream with these header bytes; PdfPig skips them unread, so the limit must too.
        byte[] wrongHeader = [0, 0, .. RawPdf.Deflate(Text)[2..]];

        var inflated = FlateInflater.Inflate(wrongHeader, limit: 1 << 20, keep: true);

        Assert.True(inflated.Complete);
        Assert.Equal(Text, inflated.Bytes);
    }

    [Fact]
    public void Inflate_TruncatedStream_KeepsWhatInflatedAsPdfPigWould()
    {
        var deflated = RawPdf.Deflate(Text, System.IO.Compression.CompressionLevel.NoCompression);

        var inflated = FlateInflater.Inflate(deflated[..(deflated.Length / 2)], limit: 1 << 20, keep: true);

        Assert.InRange(inflated.Length, 1, Text.Length - 1);
        Assert.Equal(Text.AsSpan(0, (int)inflated.Length).ToArray(), inflated.Bytes);
    }

    [Fact]
    public void Inflate_DamagedStream_IsNotComplete()
    {
        // 0x07: a final block of the reserved type 3, which no inflater accepts.
        var inflated = FlateInflater.Inflate(new byte[] { 0x78, 0x9C, 0x07, 0x55, 0x55 }, limit: 1 << 20, keep: true);

        Assert.False(inflated.Complete);
        Assert.Equal(0, inflated.Length);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Inflate_TooShortForAHeader_IsEmpty(int length)
    {
        var inflated = FlateInflater.Inflate(new byte[length], limit: 1 << 20, keep: true);

        Assert.Equal(0, inflated.Length);
        Assert.Empty(inflated.Bytes!);
    }
}
