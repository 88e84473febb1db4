using Publishing.Reading.Limits;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Publishing.Tests.Reading.Limits;

public sealed class RunLengthDecoderTests
{
    private static byte[] PdfPigDecode(byte[] data) =>
        new RunLengthFilter().Decode(data, new DictionaryToken(new Dictionary<NameToken, IToken>()), DefaultFilterProvider.Instance, 0).ToArray();

    [Fact]
    public void Decode_LiteralsAndRepeats_GivesTheBytesTheyDescribe()
    {
        byte[] data = [2, (byte)'a', (byte)'b', (byte)'c', 254, (byte)'x', 0, (byte)'d', 128, 5, 5];

        var decoded = RunLengthDecoder.Decode(data, limit: 1024, keep: true);

        Assert.Equal("abcxxxd"u8.ToArray(), decoded.Bytes);
        Assert.Equal(7, decoded.Length);
        Assert.Equal(decoded.Bytes, PdfPigDecode(data));
    }

    [Fact]
    public void Decode_Bomb_StopsJustPastTheLimit()
    {
        // Two bytes in, 128 out: 1 MB of runs is 64 MB.
        var bomb = Enumerable.Range(0, 1 << 19).SelectMany(_ => new byte[] { 129, 0 }).ToArray();

        var bounded = RunLengthDecoder.Decode(bomb, limit: 1 << 20, keep: true);

        Assert.Null(bounded.Bytes);
        Assert.InRange(bounded.Length, (1 << 20) + 1, (1 << 20) + 128);
        Assert.Equal(64L << 20, RunLengthDecoder.Decode(bomb, limit: long.MaxValue, keep: false).Length);
    }

    [Fact]
    public void Decode_RandomBytes_AgreeWithPdfPig()
    {
        var random = new Random(29);
        var (decoded, failed) = (0, 0);
        for (var i = 0; i < 500; i++)
        {
            var data = new byte[random.Next(1, 600)];
            random.NextBytes(data);
            // Random runs mostly outlast the data; an end marker early on lets half of them finish.
            if (i % 2 == 0) data[random.Next(Math.Min(data.Length, 8))] = 128;

            if (DecoderAgreement.Check($"input {i}", () => RunLengthDecoder.Decode(data, limit: 16 << 20, keep: true).Bytes!, () => PdfPigDecode(data))) decoded++;
            else failed++;
        }
        Assert.True(decoded > 50 && failed > 50, $"{decoded} decoded, {failed} failed: the inputs should exercise both");
    }
}
